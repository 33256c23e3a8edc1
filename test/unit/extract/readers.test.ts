import { describe, expect, it } from 'vitest';
import { extractBytes, extractText, position, positions } from './extract-text.js';
import { column, makeDocx, makePdf } from './make-documents.js';

describe('text', () => {
  it('reads UTF-16 with a BOM, Windows-1252, and every kind of line break', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(Buffer.from('Zoë Müller\r\nEngineer, Acme, 2019 – 2021', 'utf16le')),
    ]);
    const fromUtf16 = await extractBytes(utf16, 'cv.txt');
    expect(fromUtf16.lines).toEqual(['Zoë Müller', 'Engineer, Acme, 2019 – 2021']);
    const latin = new Uint8Array([
      ...Buffer.from('Ren', 'latin1'),
      0xe9,
      ...Buffer.from(' Dubois\rEngineer, Acme, 2019 - 2021\n', 'latin1'),
    ]);
    const fromLatin = await extractBytes(latin, 'cv.txt');
    expect(fromLatin.lines).toEqual(['René Dubois', 'Engineer, Acme, 2019 - 2021']);
    expect(fromLatin.resume.basics?.name).toBe('René Dubois');
  });
});

describe('Markdown', () => {
  it('reads headings, bold and lists as structure and keeps the lines as written', async () => {
    const markdown = [
      '# Jane Doe',
      '',
      '## Experience',
      '',
      '**Staff Engineer** · [Stripe](https://stripe.com) · *2021 – Present*',
      '',
      '- Built the ledger in `Go` on **Kafka**.',
      '',
      '## Skills',
      '',
      '* **Languages:** Go, Rust',
    ].join('\n');
    const result = await extractText(markdown, 'jane.md');
    expect(result.format).toBe('markdown');
    expect(result.lines).toEqual(markdown.split('\n'));
    expect(result.resume.basics?.name).toBe('Jane Doe');
    expect(positions(result)).toEqual([position('Stripe', 'Staff Engineer', '2021', 'present')]);
    expect(result.resume.work?.[0]?.positions?.[0]?.highlights).toEqual(['Built the ledger in Go on Kafka.']);
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Languages', ['Go', 'Rust']],
    ]);
  });
});

describe('PDF', () => {
  it('reads a two-column page column by column, so the sidebar does not interleave', async () => {
    const pdf = await makePdf([
      [
        { text: 'Jane Doe', x: 50, top: 50, size: 22, bold: true },
        ...column(50, 100, [
          { text: 'SKILLS', size: 12, bold: true },
          'Go, Python',
          'Kafka, Redis',
          '',
          { text: 'EDUCATION', size: 12, bold: true },
          'B.S. Computer Science',
          'MIT',
          '2010 – 2014',
        ]),
        ...column(220, 100, [
          { text: 'EXPERIENCE', size: 12, bold: true },
          'Senior Engineer, Stripe',
          'Jan 2020 – Present',
          '• Built the payments ledger in Java on Cassandra.',
          '',
          'Engineer, Uber',
          '2016 – 2019',
          '• Scaled dispatch with Scala.',
        ]),
      ],
    ]);
    const result = await extractBytes(pdf, 'two-columns.pdf');
    expect(result.format).toBe('pdf');
    expect(result.lines.filter((line) => line !== '')).toEqual([
      'Jane Doe',
      'SKILLS',
      'Go, Python',
      'Kafka, Redis',
      'EDUCATION',
      'B.S. Computer Science',
      'MIT',
      '2010 – 2014',
      'EXPERIENCE',
      'Senior Engineer, Stripe',
      'Jan 2020 – Present',
      '• Built the payments ledger in Java on Cassandra.',
      'Engineer, Uber',
      '2016 – 2019',
      '• Scaled dispatch with Scala.',
    ]);
    expect(positions(result)).toEqual([
      position('Stripe', 'Senior Engineer', '2020-01', 'present'),
      position('Uber', 'Engineer', '2016', '2019'),
    ]);
    expect(result.resume.work?.map((work) => work.positions?.[0]?.technologies)).toEqual([
      ['Java', 'Cassandra'],
      ['Scala'],
    ]);
    expect(result.resume.skills?.flatMap((group) => group.keywords)).toEqual([
      'Go',
      'Python',
      'Kafka',
      'Redis',
    ]);
    expect(result.resume.education?.map((school) => [school.institution, school.studyType])).toEqual([
      ['MIT', 'B.S.'],
    ]);
  });

  it('keeps a date column with its rows, and joins wrapped lines and wrapped date cells', async () => {
    const pdf = await makePdf([
      [
        ...column(50, 80, [{ text: 'Experience', size: 14 }]),
        { text: 'Mar 2020 – May', x: 50, top: 110 },
        { text: '2021', x: 50, top: 124 },
        { text: 'Staff Engineer at Lawrence Berkeley National', x: 150, top: 110 },
        { text: 'Laboratory', x: 150, top: 124 },
        { text: '• Ran experiments on Hadoop clusters.', x: 150, top: 138 },
        { text: '2016 – 2020', x: 50, top: 166 },
        { text: 'Engineer at Cisco', x: 150, top: 166 },
        { text: '• Routers.', x: 150, top: 180 },
      ],
    ]);
    const result = await extractBytes(pdf, 'date-column.pdf');
    expect(result.lines).toEqual([
      'Experience',
      'Mar 2020 – May 2021    Staff Engineer at Lawrence Berkeley National Laboratory',
      '• Ran experiments on Hadoop clusters.',
      '2016 – 2020    Engineer at Cisco',
      '• Routers.',
    ]);
    expect(positions(result)).toEqual([
      position('Lawrence Berkeley National Laboratory', 'Staff Engineer', '2020-03', '2021-05'),
      position('Cisco', 'Engineer', '2016', '2020'),
    ]);
  });
  it('does not join a name that starts in lower case before its capitals to the row above', async () => {
    const pdf = await makePdf([
      [
        ...column(50, 80, [{ text: 'Experience', size: 14 }]),
        { text: '2021-10 – 2023-11', x: 50, top: 110 },
        { text: 'Platform Engineer', x: 150, top: 110 },
        { text: 'xAI', x: 150, top: 124 },
        { text: '• Designed the query engine.', x: 150, top: 138 },
      ],
    ]);
    const result = await extractBytes(pdf, 'lower-case-name.pdf');
    expect(result.lines).toEqual([
      'Experience',
      '',
      '2021-10 – 2023-11    Platform Engineer',
      'xAI',
      '• Designed the query engine.',
    ]);
    expect(positions(result)).toEqual([position('xAI', 'Platform Engineer', '2021-10', '2023-11')]);
  });

  it('reads a column of section names beside the text, each name before its section', async () => {
    // Names set smaller and letter-spaced, a little below their section's first baseline.
    const pdf = await makePdf([
      [
        ...column(50, 60, [{ text: 'Ana Lima', size: 20 }]),
        { text: 'W O R K', x: 50, top: 102, size: 8 },
        ...column(160, 100, [
          'Platform Engineer    2019 — Present',
          'Nubank',
          'Kafka consumers in Clojure',
          'Developer    2015 — 2019',
          'Stone Pagamentos',
          'Payment APIs in Go',
        ]),
        { text: 'E D U C A T I O N', x: 50, top: 202, size: 8 },
        ...column(160, 200, ['Universidade de São Paulo    2011 — 2014', 'B.Sc. — Computer Science']),
      ],
    ]);
    const result = await extractBytes(pdf, 'heading-column.pdf');
    expect(result.lines).toEqual([
      'Ana Lima',
      '',
      'W O R K',
      'Platform Engineer    2019 — Present',
      'Nubank',
      'Kafka consumers in Clojure',
      'Developer    2015 — 2019',
      'Stone Pagamentos',
      'Payment APIs in Go',
      '',
      'E D U C A T I O N',
      'Universidade de São Paulo    2011 — 2014',
      'B.Sc. — Computer Science',
    ]);
    expect(positions(result)).toEqual([
      position('Nubank', 'Platform Engineer', '2019', 'present'),
      position('Stone Pagamentos', 'Developer', '2015', '2019'),
    ]);
    expect(result.resume.education?.map((school) => [school.institution, school.studyType])).toEqual([
      ['Universidade de São Paulo', 'B.Sc.'],
    ]);
  });
});

describe('DOCX', () => {
  it('reads heading styles, bold lines, lists, and a two-column table one column after the other', async () => {
    const docx = await makeDocx([
      { heading: 'Jane Doe', level: 1 },
      { heading: 'Experience', level: 2 },
      { paragraph: 'Staff Engineer — Stripe', bold: true },
      { paragraph: '2021 – Present' },
      { bullet: 'Built the ledger in Go.' },
      {
        table: [
          [
            ['Skills', 'Rust, Kafka'],
            ['Experience', 'Engineer, Uber', '2016 – 2019', 'Dispatch in Java.'],
          ],
        ],
      },
      { table: [[['Google'], ['Intern'], ['Summer 2015']]] },
    ]);
    const result = await extractBytes(docx, 'jane.docx');
    expect(result.format).toBe('docx');
    expect(result.lines).toEqual([
      'Jane Doe',
      'Experience',
      'Staff Engineer — Stripe',
      '2021 – Present',
      '• Built the ledger in Go.',
      '',
      'Skills',
      'Rust, Kafka',
      '',
      'Experience',
      'Engineer, Uber',
      '2016 – 2019',
      'Dispatch in Java.',
      '',
      'Google | Intern | Summer 2015',
    ]);
    expect(positions(result)).toEqual([
      position('Stripe', 'Staff Engineer', '2021', 'present'),
      position('Uber', 'Engineer', '2016', '2019'),
      position('Google', 'Intern', '2015', '2015'),
    ]);
    expect(result.resume.skills?.map((group) => [group.name, group.keywords])).toEqual([
      ['Skills', ['Rust', 'Kafka']],
    ]);
  });
});

describe('JSON Resume and YAML', () => {
  it('go straight through the project parser, with an id derived from the document when it has none', async () => {
    const json = JSON.stringify({
      basics: { name: 'Jane Doe' },
      work: [{ name: 'Stripe', position: 'Engineer', startDate: '2020-01' }],
    });
    const result = await extractText(json, 'jane.json');
    expect(result.format).toBe('json');
    expect(result.facts).toEqual([]);
    expect(result.resume).toEqual({
      id: 'jane-doe',
      source: { document: 'jane.json', lines: '1-1' },
      basics: { name: 'Jane Doe' },
      work: [{ name: 'Stripe', position: 'Engineer', startDate: '2020-01' }],
    });
    const yaml = await extractText('id: jd-1\nwork:\n  - name: Stripe\n', 'jane.yaml');
    expect(yaml.resume).toEqual({
      id: 'jd-1',
      source: { document: 'jane.yaml', lines: '1-3' },
      work: [{ name: 'Stripe' }],
    });
  });
});
