import { extractText, positions } from './extract-text.js';

const docs: [string, string[]][] = [
  [
    'x.md',
    [
      '# A B',
      '',
      '## Experience',
      '',
      '### Shopify (Jan. 2020 – Mar. 2021)',
      '**Senior Engineer**',
      '- Rails.',
      '',
      "### Wealthsimple (Sep. '17 – Dec. '19)",
      '**Engineer**',
      '- Go.',
    ],
  ],
  [
    'x.txt',
    [
      'A B',
      '',
      'EXPERIENCE',
      '',
      'Senior Engineer — Shopify — 06/20 – 07/22',
      '- Rails.',
      'Engineer — Wealthsimple — 06/17 – 05/20',
      '- Go.',
    ],
  ],
  [
    'x.txt',
    [
      'A B',
      '',
      'EXPERIENCE',
      '',
      'Shopify, Senior Engineer (Okt 2020 – heute)',
      '- Rails.',
      'Wealthsimple, Engineer (Mär 2017 – Sep 2020)',
      '- Go.',
    ],
  ],
  [
    'x.md',
    [
      '# A B',
      '',
      '## Experience',
      '',
      '**Senior Engineer**, Shopify',
      'Since March 2021',
      '',
      '**Engineer**, Wealthsimple',
      'Q1 2018 – Q4 2020',
    ],
  ],
  [
    'x.md',
    [
      '# A B',
      '',
      '## Experience',
      '',
      '**Senior Engineer**, Shopify *Jan 2020* – *Present*',
      '',
      '**Engineer**, Wealthsimple *Jun 2017* – *Dec 2019*',
    ],
  ],
  [
    'x.txt',
    [
      'A B',
      '',
      'EXPERIENCE',
      '',
      'Shopify                Senior Engineer                2019 –',
      '- Rails.',
      'Wealthsimple           Engineer                       2016 – 2019',
      '- Go.',
    ],
  ],
  [
    'x.txt',
    [
      'A B',
      '',
      'EXPERIENCE',
      '',
      'Shopify | Senior Engineer | Mar 2018 until now',
      'Wealthsimple | Engineer | June 2015 thru Feb 2018',
    ],
  ],
  [
    'x.md',
    [
      '# A B',
      '',
      '## Experience',
      '',
      '- **Shopify**, Senior Engineer (2019–)',
      '- **Wealthsimple**, Engineer (2016–2019)',
    ],
  ],
  [
    'x.txt',
    [
      'A B',
      '',
      'EXPERIENCE',
      '',
      "Shopify, Senior Engineer, Fall '19 - Present",
      'Wealthsimple, Engineer, Spring 2016 - Summer 2019',
    ],
  ],
];
for (const [f, lines] of docs)
  console.log(
    JSON.stringify(
      positions(await extractText(lines.join('\n'), f)).map((p) => [
        p.company,
        p.title,
        p.startDate,
        p.endDate ?? (p.current ? 'now' : ''),
      ]),
    ),
  );
