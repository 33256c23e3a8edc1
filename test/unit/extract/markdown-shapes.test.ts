import { describe, expect, it } from 'vitest';
import { extractText, positions } from './extract-text.js';

/**
 * Résumés written the way popular Markdown and plain-text templates lay out a position; each
 * document is built here, so the positions it names are known.
 */
const ongoing = (company: string, title: string, startDate: string) => ({
  company,
  title,
  startDate,
  endDate: undefined,
  current: true,
});
const closed = (company: string, title: string, startDate: string, endDate: string) => ({
  company,
  title,
  startDate,
  endDate,
  current: undefined,
});

const DOCUMENTS: [string, string, string, ReturnType<typeof ongoing | typeof closed>[]][] = [
  [
    'a "### Company — Title" heading with the dates in italics on their own line',
    'resume.md',
    [
      '# Jane Doe',
      '',
      '## Experience',
      '',
      '### Stripe — Senior Software Engineer',
      '*Jan 2020 – Present*',
      '',
      '- Built the payouts ledger in Ruby and Go.',
      '',
      '### Shopify — Software Engineer',
      '*Jun 2016 – Dec 2019*',
      '',
      '- Checkout in Rails.',
    ].join('\n'),
    [
      ongoing('Stripe', 'Senior Software Engineer', '2020-01'),
      closed('Shopify', 'Software Engineer', '2016-06', '2019-12'),
    ],
  ],
  [
    'a bold title, the company and the dates after a bar',
    'resume.md',
    [
      '# John Smith',
      '',
      '## Work Experience',
      '',
      '**Staff Engineer**, Datadog | 2021 – Present',
      '',
      '- Metrics intake in Go.',
      '',
      '**Backend Engineer**, Twilio | 2017 – 2021',
      '',
      '- Messaging APIs in Java.',
    ].join('\n'),
    [ongoing('Datadog', 'Staff Engineer', '2021'), closed('Twilio', 'Backend Engineer', '2017', '2021')],
  ],
  [
    'the company in bold with its city, then the title in italics and the dates after a middle dot',
    'resume.md',
    [
      '# Ana Pérez',
      '',
      '## Experience',
      '',
      '**Spotify** (Stockholm)',
      '',
      '_Data Engineer_ · Mar 2019 – Jun 2022',
      '',
      '- Pipelines in Scala.',
      '',
      '**Klarna** (Stockholm)',
      '',
      '_Software Engineer_ · Aug 2015 – Feb 2019',
      '',
      '- Payments in Erlang.',
    ].join('\n'),
    [
      closed('Spotify', 'Data Engineer', '2019-03', '2022-06'),
      closed('Klarna', 'Software Engineer', '2015-08', '2019-02'),
    ],
  ],
  [
    'a list item per position: bold company, title, dates in parentheses',
    'resume.md',
    [
      '# Li Wei',
      '',
      '## Experience',
      '',
      '- **Google**, Site Reliability Engineer (2019–2023)',
      '- **Dropbox**, Software Engineer (2015–2019)',
    ].join('\n'),
    [
      closed('Google', 'Site Reliability Engineer', '2019', '2023'),
      closed('Dropbox', 'Software Engineer', '2015', '2019'),
    ],
  ],
  [
    '"Title @ Company" with the dates right-aligned after spaces',
    'resume.txt',
    [
      'Sam Taylor',
      '',
      'EXPERIENCE',
      '',
      'Senior Engineer @ Netflix                          Jan 2020 – Present',
      '  - Streaming control plane in Java.',
      '',
      'Engineer @ Airbnb                                  Jul 2016 – Dec 2019',
      '  - Search ranking in Python.',
    ].join('\n'),
    [ongoing('Netflix', 'Senior Engineer', '2020-01'), closed('Airbnb', 'Engineer', '2016-07', '2019-12')],
  ],
  [
    'ALL-CAPS headings underlined with "=" and "-", a dates line before each header',
    'resume.txt',
    [
      'ALEX MORGAN',
      '===========',
      '',
      'WORK EXPERIENCE',
      '---------------',
      '',
      '2020 - present',
      'Cloudflare, Systems Engineer',
      '  Edge proxies in Rust.',
      '',
      '2015 - 2020',
      'Mozilla, Software Engineer',
      '  Firefox networking in C++.',
    ].join('\n'),
    [
      ongoing('Cloudflare', 'Systems Engineer', '2020'),
      closed('Mozilla', 'Software Engineer', '2015', '2020'),
    ],
  ],
  [
    'tab-separated columns: company, title, dates',
    'resume.txt',
    [
      'Chris Lee',
      '',
      'Experience',
      '',
      'Atlassian\tSenior Developer\t03/2018 – present',
      '  Jira backend in Java.',
      'Canva\tDeveloper\t01/2015 – 02/2018',
      '  Editor in TypeScript.',
    ].join('\n'),
    [ongoing('Atlassian', 'Senior Developer', '2018-03'), closed('Canva', 'Developer', '2015-01', '2018-02')],
  ],
  [
    'an ATS export with "Company Name:", "Job Title:" and "Dates Employed:" labels',
    'resume.txt',
    [
      'Pat Kim',
      '',
      'Work Experience',
      '',
      'Company Name: Microsoft',
      'Job Title: Software Engineer II',
      'Dates Employed: Jan 2019 – Present',
      'Location: Redmond, WA',
      '',
      'Company Name: Amazon',
      'Job Title: Software Development Engineer',
      'Dates Employed: Jun 2015 – Dec 2018',
      'Location: Seattle, WA',
    ].join('\n'),
    [
      ongoing('Microsoft', 'Software Engineer II', '2019-01'),
      closed('Amazon', 'Software Development Engineer', '2015-06', '2018-12'),
    ],
  ],
  [
    'a résumé hard-wrapped at 72 columns, the range broken after its dash',
    'resume.txt',
    [
      'Robin Fox',
      '',
      'Experience',
      '',
      'Zalando -- Senior Backend Engineer, Berlin, Germany, March 2019 -',
      'present',
      '  - Built the order service in Kotlin on Kubernetes and led the move',
      '    from a monolith to services.',
      '',
      'SoundCloud -- Backend Engineer, Berlin, Germany, June 2015 -',
      'February 2019',
      '  - Worked on the upload pipeline in Scala.',
    ].join('\n'),
    [
      ongoing('Zalando', 'Senior Backend Engineer', '2019-03'),
      closed('SoundCloud', 'Backend Engineer', '2015-06', '2019-02'),
    ],
  ],
  [
    'a LinkedIn-style export: company, title, dates with the duration after a middle dot',
    'resume.md',
    [
      '# Kim Park',
      '',
      '## Experience',
      '',
      '### GitHub',
      '**Senior Software Engineer**',
      'Jan 2020 - Present · 4 yrs 11 mos',
      '',
      '### Etsy',
      '**Software Engineer**',
      'Mar 2016 - Dec 2019 · 3 yrs 10 mos',
    ].join('\n'),
    [
      ongoing('GitHub', 'Senior Software Engineer', '2020-01'),
      closed('Etsy', 'Software Engineer', '2016-03', '2019-12'),
    ],
  ],
];

describe('Markdown and plain-text résumé layouts', () => {
  it.each(DOCUMENTS)('%s', async (_name, fileName, text, expected) => {
    expect(positions(await extractText(text, fileName))).toEqual(expected);
  });
});
