import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../../src/extract/dates.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { readMarkdownSource } from '../../../src/extract/markdown-blocks.js';
import { documentLines, extractText, roleRows, schools } from './extract-text.js';

/**
 * Session 27 (xmd27): Markdown pages whose source is not their text (MDX and Astro components, Hugo shortcodes and
 * TOML front matter) read as their rendering shows them. Invented people and employers.
 */

describe('readMarkdownSource', () => {
  it('reads a component or shortcode that carries an entry as "Title · Organisation · Study · Place · dates"', () => {
    expect(
      readMarkdownSource([
        '<Job company="Tarn Ledger" role="Data Engineer" place="Kendal" period="2019 – 2022">',
        '{{< position title="Analyst" employer="Kirkby Mills" dates="Mar 2016 – Jan 2019" >}}',
        "<Study school='Lancaster University' degree='BSc' field='Physics' from={2012} to={2015} />",
        '<Post org={"Eden Works"} jobTitle={`Intern`} start="2014-06" />',
      ]),
    ).toEqual([
      'Data Engineer · Tarn Ledger · Kendal · 2019 – 2022',
      'Analyst · Kirkby Mills · Mar 2016 – Jan 2019',
      'Lancaster University · BSc, Physics · 2012 – 2015',
      'Intern · Eden Works · 2014-06',
    ]);
  });

  it('reads a `current` flag as an ongoing end, an Astro directive as no text, positional shortcode parameters in order', () => {
    expect(
      readMarkdownSource([
        '<Job company="Tarn Ledger" role="Data Engineer" start="2021-03" current client:visible />',
        '<Job company="Kirkby Mills" role="Analyst" start="2018" current={false} end="2021" />',
        '<Job company="Eden Works" role="Intern" start="2017" present={true} />',
        '{{< job "Network Engineer" "Brathay Systems" "Jun 2018 – Aug 2022" >}}',
      ]),
    ).toEqual([
      'Data Engineer · Tarn Ledger · 2021-03 – present',
      'Analyst · Kirkby Mills · 2018 – 2021',
      'Intern · Eden Works · 2017 – present',
      'Network Engineer · Brathay Systems · Jun 2018 – Aug 2022',
    ]);
  });

  it('joins props written one a line, leaving the lines they took blank', () => {
    expect(
      readMarkdownSource([
        '<Role',
        '  title="Site Engineer"',
        '  company="Brathay Systems"',
        '  start="2020-02" end="present"',
        '  featured',
        '>',
        '  Ran the depot network.',
        '</Role>',
      ]),
    ).toEqual([
      'Site Engineer · Brathay Systems · 2020-02 – present',
      '',
      '',
      '',
      '',
      '',
      '  Ran the depot network.',
      '</Role>',
    ]);
  });

  it('reads layout components, closing shortcodes and MDX imports as nothing, a tab whose label its content repeats', () => {
    expect(
      readMarkdownSource([
        "import Tabs from '@theme/Tabs';",
        "import { Job, School } from '../components/Resume';",
        "import '../styles/cv.css';",
        '<Tabs groupId="skills">',
        '<TabItem value="ops" label="Operations">',
        '<Icon name="github" />',
        '<School name="Lancaster University" degree="MSc" />',
        '{{< /job >}}',
        '{{< lead >}}',
        'import the ledgers from the old system',
        '<Note>Remote from 2021</Note>',
        '<Job company="Tarn Ledger">Kept the books</Job>',
        '<Job',
        'Wrote the first version.',
      ]),
    ).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
      'Lancaster University · MSc',
      '',
      '',
      'import the ledgers from the old system',
      '<Note>Remote from 2021</Note>',
      '<Job company="Tarn Ledger">Kept the books</Job>',
      '<Job',
      'Wrote the first version.',
    ]);
  });

  it("reads a TOML front matter as YAML, a table's keys as nothing", () => {
    expect(
      readMarkdownSource([
        '+++',
        'title = "Ruairí Dolan"',
        'draft = false',
        '[menu.main]',
        '  name = "CV"',
        '+++',
        'Text',
      ]),
    ).toEqual(['---', 'title: Ruairí Dolan', 'draft: false', '', '', '---', 'Text']);
    expect(readMarkdownSource(['+++', 'no closing line'])).toEqual(['+++', 'no closing line']);
  });
});

describe('entries carried by components', () => {
  it('reads the jobs and the degree of a Docusaurus or Astro page', async () => {
    const doc = [
      '---',
      'title: Ruairí Dolan',
      '---',
      '',
      "import { Job } from '@site/src/components/Job';",
      '',
      '## Experience',
      '',
      '<Job company="Tarn Ledger" role="Platform Engineer" period="Apr 2021 – present">',
      '',
      '- Built the ledger services in Go.',
      '',
      '</Job>',
      '',
      '<Job',
      '  role="Support Engineer"',
      '  company="Kirkby Mills"',
      '  start="2017-05"',
      '  end="2021-03"',
      '>',
      '  Scripts in Python.',
      '</Job>',
      '',
      '## Education',
      '',
      '<Degree school="University of Cumbria" degree="BSc" field="Computing" start="2014" end="2017" />',
    ].join('\n');
    expect(await roleRows(doc, 'cv.md')).toEqual([
      ['Tarn Ledger', 'Platform Engineer', '2021-04', 'present'],
      ['Kirkby Mills', 'Support Engineer', '2017-05', '2021-03'],
    ]);
    expect(schools(await extractText(doc, 'cv.md'))).toEqual([
      {
        institution: 'University of Cumbria',
        studyType: 'BSc',
        area: 'Computing',
        startDate: '2014',
        endDate: '2017',
      },
    ]);
  });

  it('reads the jobs of a Hugo page with a TOML front matter', async () => {
    const doc = [
      '+++',
      'title = "Ruairí Dolan"',
      'weight = 10',
      '+++',
      '',
      '## Experience',
      '',
      '{{< job title="Network Engineer" company="Brathay Systems" location="Ambleside" dates="Jun 2018 – Aug 2022" >}}',
      '- Juniper and Ansible.',
      '{{< /job >}}',
    ].join('\n');
    expect(await roleRows(doc, 'cv.md')).toEqual([
      ['Brathay Systems', 'Network Engineer', '2018-06', '2022-08'],
    ]);
  });

  it('reads components in Markdown only: a text file keeps its lines as written', async () => {
    const line = '<Degree school="University of Cumbria" degree="BSc" />';
    const bytes = new TextEncoder().encode(`Ruairí Dolan\n\n${line}\n`);
    expect(await documentLines('cv.txt', bytes)).toContain(line);
    expect(await documentLines('cv.md', bytes)).toContain('University of Cumbria · BSc');
  });
});

describe('an outliner page (Logseq): blocks that hold headings, properties as labelled lines', () => {
  const model = (lines: string[]) =>
    modelLines(lines.map((text) => ({ text }))).map((line) => [line.text, line.heading, line.bullet]);

  it('reads "- ### Employer" as a heading, "- #tag" and "- text" as items', () => {
    expect(
      model([
        '- ## Experience',
        '\t- ### [[Kererū Cloud]]',
        '\t\t- #infra work on the CI',
        '- Wrote the CLI',
      ]),
    ).toEqual([
      ['Experience', 2, false],
      ['Kererū Cloud', 3, false],
      ['#infra work on the CI', 0, true],
      ['Wrote the CLI', 0, true],
    ]);
  });

  it("reads each job block's role:: and period:: properties", async () => {
    const doc = [
      'title:: Wiremu Tane — CV',
      '',
      '- # Wiremu Tane',
      '  email:: wiremu.tane@example.org',
      '- ## Experience',
      '\t- ### [[Harakeke Software]]',
      '\t  role:: Backend Engineer',
      '\t  period:: Jul 2020 – present',
      '\t\t- Services in Elixir.',
      '\t- ### [[Kahikatea Print]]',
      '\t  role:: Web Developer',
      '\t  period:: Mar 2016 – Jun 2020',
      '\t\t- Shop front in PHP.',
    ].join('\n');
    expect(await roleRows(doc, 'cv.md')).toEqual([
      ['Harakeke Software', 'Backend Engineer', '2020-07', 'present'],
      ['Kahikatea Print', 'Web Developer', '2016-03', '2020-06'],
    ]);
  });
});

describe('an R Markdown pagedown résumé', () => {
  it('reads years written latest first as the span they name; a reversed range with months is left alone', () => {
    expect(parseDateRange('2020 - 2017')).toEqual({ startDate: '2017', endDate: '2020' });
    expect(parseDateRange('2016 – 2011')).toEqual({ startDate: '2011', endDate: '2016' });
    expect(parseDateRange('Dec 2019 - Dec 2012')).toEqual({ startDate: '2019-12', endDate: '2012-12' });
    expect(parseDateRange('2011 – 2016')).toEqual({ startDate: '2011', endDate: '2016' });
    // A year no date can have is no span's end: the check that leaves it out sees it where it stands.
    expect(parseDateRange('2098 – 2016')).toEqual({ startDate: '2098', endDate: '2016' });
  });

  it('drops pandoc attributes with values, as those with classes and ids', () => {
    expect(
      modelLines(
        [
          'Experience {data-icon=laptop}',
          'Education {data-icon=graduation-cap data-concise=true}',
          'a {x} b',
        ].map((text) => ({ text })),
      ).map((line) => line.text),
    ).toEqual(['Experience', 'Education', 'a {x} b']);
  });

  it('reads "### Research Assistant" among the work history\'s "### Title" entries as a title, alone as a section', async () => {
    const entry = (title: string, employer: string, dates: string) => [
      `### ${title}`,
      '',
      employer,
      '',
      'N/A',
      '',
      dates,
      '',
      '- Models in R.',
      '',
    ];
    const head = [
      'Main',
      '====',
      '',
      'Lucia Dragan {#title}',
      '----',
      '',
      'Experience {data-icon=laptop}',
      '----',
      '',
    ];
    const doc = [
      ...head,
      ...entry('Statistician', 'Mures Analytics', '2019 - Present'),
      ...entry('Research Assistant', 'Transilvania Institute', '2016 - 2018'),
    ].join('\n');
    expect(await roleRows(doc, 'cv.md')).toEqual([
      ['Mures Analytics', 'Statistician', '2019', 'present'],
      ['Transilvania Institute', 'Research Assistant', '2016', '2018'],
    ]);
    // The first heading under the section has no entry heading before it to be set alike.
    const alone = [...head, ...entry('Research Assistant', 'Transilvania Institute', '2016 - 2018')].join(
      '\n',
    );
    expect(await roleRows(alone, 'cv.md')).not.toContainEqual([
      'Transilvania Institute',
      'Research Assistant',
      '2016',
      '2018',
    ]);
  });
});

describe('a dated item after a dated job (earlier roles folded under the last, as a <details> block holds them)', () => {
  const job = [
    '# Kai Moana',
    '',
    '## Experience',
    '',
    '### Harakeke Software — Senior Engineer',
    '2018 – 2021',
    '',
    '- Built the ledger in Go.',
    '',
  ];

  it('is a position of its own when it names a title over a span outside the job', async () => {
    expect(
      await roleRows(
        [...job, '- **Graduate Developer** · Kahikatea Print · Napier · Jan 2016 – Dec 2017'].join('\n'),
        'cv.md',
      ),
    ).toEqual([
      ['Harakeke Software', 'Senior Engineer', '2018', '2021'],
      ['Kahikatea Print', 'Graduate Developer', '2016-01', '2017-12'],
    ]);
  });

  it("stays the job's when its span lies inside the job's", async () => {
    expect(
      await roleRows(
        [...job, '- **Tech Lead** for the billing migration · Mar 2019 – Sep 2019'].join('\n'),
        'cv.md',
      ),
    ).toEqual([['Harakeke Software', 'Senior Engineer', '2018', '2021']]);
  });
});
