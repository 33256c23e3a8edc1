import { describe, expect, it } from 'vitest';
import { documentLines, extractBytes, position, positions, technologiesByPosition } from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

/** Where the values (or the text) start, right of a column of labels at x 50. */
const VALUES = 150;

const NAME: PdfText = { text: 'Pietro Esposito', x: 50, top: 60, size: 24, bold: true };

/** A job at the left margin: its head in bold, its dates, one item; `top` is the head's. */
function job(head: string, dates: string, item: string, top: number): PdfText[] {
  return [
    { text: head, x: 50, top, bold: true },
    { text: dates, x: 50, top: top + 13 },
    { text: item, x: 50, top: top + 26 },
  ];
}

/** A row of a table: its label in bold at x 50, its values in the regular face at `VALUES`. */
function labelled(label: string, values: string, top: number): PdfText[] {
  return [
    { text: label, x: 50, top, bold: true },
    { text: values, x: VALUES, top },
  ];
}

const SATISPAY = job(
  'Backend Engineer, Satispay',
  'May 2021 – present',
  '• Payment APIs in Go on PostgreSQL.',
  100,
);

describe('the labels of a table in a left column are not joined into one name wrapped over two lines', () => {
  it('keeps each label of a skills table on its row where two of them together name a section', async () => {
    const pdf = await makePdf([
      [
        NAME,
        ...SATISPAY,
        { text: 'TECHNICAL SKILLS', x: 50, top: 160, size: 13, bold: true },
        ...labelled('Programming', 'Java, Go, Python', 180),
        ...labelled('Languages', 'English, Italian', 193),
        ...labelled('Technologies', 'Docker, Kubernetes', 206),
        ...labelled('Tools', 'Jenkins, Grafana', 219),
      ],
    ]);
    expect((await documentLines('pietro.pdf', pdf)).slice(4)).toEqual([
      'TECHNICAL SKILLS',
      'Programming    Java, Go, Python',
      'Languages    English, Italian',
      'Technologies    Docker, Kubernetes',
      'Tools    Jenkins, Grafana',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect((result.resume.skills ?? []).map((group) => [group.name, group.keywords])).toEqual([
      ['Programming', ['Java', 'Go', 'Python']],
      ['Technologies', ['Docker', 'Kubernetes']],
      ['Tools', ['Jenkins', 'Grafana']],
    ]);
  });

  it('keeps two labels under their section heading on their rows where they together name that kind of section', async () => {
    const pdf = await makePdf([
      [
        NAME,
        ...SATISPAY,
        { text: 'SKILLS', x: 50, top: 160, size: 13, bold: true },
        ...labelled('Technologies', 'Docker, Kubernetes', 180),
        ...labelled('Tools', 'Jenkins, Grafana', 193),
      ],
    ]);
    expect((await documentLines('pietro.pdf', pdf)).slice(4)).toEqual([
      'SKILLS',
      'Technologies    Docker, Kubernetes',
      'Tools    Jenkins, Grafana',
    ]);
  });

  it('keeps two labels set as their values on their rows where the two together fit in their column', async () => {
    const pdf = await makePdf([
      [
        NAME,
        ...SATISPAY,
        { text: 'Software', x: 50, top: 160 },
        { text: 'Docker, Terraform', x: VALUES, top: 160 },
        { text: 'Tools', x: 50, top: 173 },
        { text: 'Jenkins, Grafana', x: VALUES, top: 173 },
      ],
    ]);
    expect((await documentLines('pietro.pdf', pdf)).slice(4)).toEqual([
      'Software    Docker, Terraform',
      'Tools    Jenkins, Grafana',
    ]);
  });

  it("keeps an entry's dates in a left column apart from the word under them (an academic CV's period column)", async () => {
    const pdf = await makePdf([
      [
        NAME,
        { text: 'EXPERIENCE', x: 50, top: 100, size: 13, bold: true },
        { text: '2019 – 2023', x: 50, top: 125 },
        { text: 'PhD Researcher, Università di Bari', x: VALUES, top: 125, bold: true },
        { text: 'Research', x: 50, top: 138 },
        { text: 'Distributed databases in Rust and Go.', x: VALUES, top: 138 },
        { text: '2017 – 2019', x: 50, top: 165 },
        { text: 'Software Developer, Exprivia', x: VALUES, top: 165, bold: true },
        { text: 'Billing jobs in Java on Oracle.', x: VALUES, top: 178 },
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'EXPERIENCE',
      '2019 – 2023    PhD Researcher, Università di Bari',
      'Research    Distributed databases in Rust and Go.',
      '2017 – 2019    Software Developer, Exprivia',
      'Billing jobs in Java on Oracle.',
    ]);
    expect(positions(await extractBytes(pdf, 'pietro.pdf'))).toEqual([
      position('Università di Bari', 'PhD Researcher', '2019', '2023'),
      position('Exprivia', 'Software Developer', '2017', '2019'),
    ]);
  });
});

describe('a bold label beside its regular values labels its row unless its column is empty under it', () => {
  it('reads a skills table of bold labels and regular values one way, row by row', async () => {
    const pdf = await makePdf([
      [
        NAME,
        { text: 'Skills', x: 50, top: 100, size: 14, bold: true },
        ...labelled('Tools', 'Docker, Terraform', 130),
        ...labelled('Frameworks', 'Spring Boot, Gin', 143),
        ...labelled('Databases', 'PostgreSQL, Redis', 156),
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Skills',
      'Tools    Docker, Terraform',
      'Frameworks    Spring Boot, Gin',
      'Databases    PostgreSQL, Redis',
    ]);
  });

  it('reads a table of contact labels row by row, the section after it whole', async () => {
    const pdf = await makePdf([
      [
        NAME,
        ...labelled('Email', 'pe@example.it', 90),
        ...labelled('Work', '+39 080 100 2000', 103),
        ...labelled('Mobile', '+39 333 100 2000', 116),
        { text: 'EXPERIENCE', x: 50, top: 150, size: 13, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present',
          '• Payment APIs in Go on PostgreSQL.',
          175,
        ),
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'Email    pe@example.it',
      'Work    +39 080 100 2000',
      'Mobile    +39 333 100 2000',
      'EXPERIENCE',
      'Backend Engineer, Satispay',
      'May 2021 – present',
      '• Payment APIs in Go on PostgreSQL.',
    ]);
    expect(positions(await extractBytes(pdf, 'pietro.pdf'))).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
    ]);
  });

  it("keeps a job's labelled line of technologies on its row, within the job", async () => {
    const pdf = await makePdf([
      [
        NAME,
        { text: 'EXPERIENCE', x: 50, top: 80, size: 13, bold: true },
        ...SATISPAY,
        ...labelled('Technologies', 'Go, PostgreSQL, Kafka', 139),
        ...job(
          'Software Developer, Exprivia',
          'June 2017 – April 2021',
          '• Billing jobs in Java on Oracle.',
          165,
        ),
      ],
    ]);
    expect((await documentLines('pietro.pdf', pdf)).slice(1)).toEqual([
      'EXPERIENCE',
      'Backend Engineer, Satispay',
      'May 2021 – present',
      '• Payment APIs in Go on PostgreSQL.',
      'Technologies    Go, PostgreSQL, Kafka',
      'Software Developer, Exprivia',
      'June 2017 – April 2021',
      '• Billing jobs in Java on Oracle.',
    ]);
    const result = await extractBytes(pdf, 'pietro.pdf');
    expect(positions(result)).toEqual([
      position('Satispay', 'Backend Engineer', '2021-05', 'present'),
      position('Exprivia', 'Software Developer', '2017-06', '2021-04'),
    ]);
    expect(technologiesByPosition(result).map((entry) => [entry.company, entry.technologies])).toEqual([
      ['Satispay', ['Go', 'PostgreSQL', 'Kafka']],
      ['Exprivia', ['Java', 'Oracle']],
    ]);
  });

  it("heads a section with a name set apart whose one line is followed by the next section's name or ends the page", async () => {
    const pdf = await makePdf([
      [
        NAME,
        { text: 'PROFILE', x: 50, top: 100, size: 9, bold: true },
        { text: 'Backend engineer who keeps payment systems boring.', x: VALUES, top: 100 },
        { text: 'EXPERIENCE', x: 50, top: 130, size: 13, bold: true },
        ...job(
          'Backend Engineer, Satispay',
          'May 2021 – present',
          '• Payment APIs in Go on PostgreSQL.',
          155,
        ),
        { text: 'INTERESTS', x: 50, top: 210, size: 9, bold: true },
        { text: 'Climbing, chess, Neapolitan cooking.', x: VALUES, top: 210 },
      ],
    ]);
    expect(await documentLines('pietro.pdf', pdf)).toEqual([
      'Pietro Esposito',
      'PROFILE',
      'Backend engineer who keeps payment systems boring.',
      'EXPERIENCE',
      'Backend Engineer, Satispay',
      'May 2021 – present',
      '• Payment APIs in Go on PostgreSQL.',
      'INTERESTS',
      'Climbing, chess, Neapolitan cooking.',
    ]);
  });
});
