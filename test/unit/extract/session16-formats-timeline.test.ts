import { describe, expect, it } from 'vitest';
import { extractBytes, position, positions } from './extract-text.js';
import { makePdf, type PdfText } from './make-documents.js';

/**
 * Session 16: a designed template's timeline, the start stacked over the end in a narrow left column with no
 * dash between them, beside the title over "Employer · City" (Canva, Novoresume, Google Docs' "modern"
 * templates). Built with pdf-lib, each line placed where such a template places it.
 */
function entry(
  top: number,
  start: string,
  end: string,
  title: string,
  employer: string,
  bullet: string,
): PdfText[] {
  return [
    { text: start, x: 60, top },
    { text: title, x: 140, top, bold: true },
    { text: end, x: 60, top: top + 14 },
    { text: employer, x: 140, top: top + 14 },
    { text: `• ${bullet}`, x: 150, top: top + 28 },
  ];
}

const header: PdfText[] = [
  { text: 'Lina Park', x: 40, top: 50, size: 20, bold: true },
  { text: 'lina.park@example.com · Seoul', x: 40, top: 74 },
  { text: 'EXPERIENCE', x: 40, top: 104, size: 12, bold: true },
];

describe('a timeline with the start over the end in a left column', () => {
  it('takes the employer from the line the end leads, though no catalogue knows it', async () => {
    const pdf = await makePdf([
      [
        ...header,
        ...entry(126, '2021', 'Present', 'Senior Android Developer', 'Quillmark · Izmir', 'Compose screens.'),
        ...entry(
          176,
          '2018',
          '2021',
          'Android Developer',
          'Sandgate Apps · Izmir',
          'Courier maps in Kotlin.',
        ),
      ],
    ]);
    expect(positions(await extractBytes(pdf, 'timeline.pdf'))).toEqual([
      position('Quillmark', 'Senior Android Developer', '2021', 'present'),
      position('Sandgate Apps', 'Android Developer', '2018', '2021'),
    ]);
  });

  it('reads the year under the start as the end, not as the next position', async () => {
    const pdf = await makePdf([
      [
        ...header,
        ...entry(
          126,
          '2020',
          'Present',
          'Senior Software Engineer',
          'Lumenwave · Seoul',
          'Billing service in Go.',
        ),
        ...entry(176, '2017', '2019', 'Software Engineer', 'Kakao · Pangyo', 'Chat backend in Java.'),
        ...entry(226, '2015', '2017', 'Junior Developer', 'Naver · Seongnam', 'Search crawlers in Python.'),
      ],
    ]);
    expect(positions(await extractBytes(pdf, 'timeline.pdf'))).toEqual([
      position('Lumenwave', 'Senior Software Engineer', '2020', 'present'),
      position('Kakao', 'Software Engineer', '2017', '2019'),
      position('Naver', 'Junior Developer', '2015', '2017'),
    ]);
  });

  it('reads months stacked the same way', async () => {
    const pdf = await makePdf([
      [
        ...header,
        ...entry(126, 'Mar 2017', 'Dec 2019', 'Software Engineer', 'Kakao · Pangyo', 'Chat backend in Java.'),
        ...entry(
          176,
          'Jan 2015',
          'Feb 2017',
          'Junior Developer',
          'Naver · Seongnam',
          'Search crawlers in Python.',
        ),
      ],
    ]);
    expect(positions(await extractBytes(pdf, 'timeline.pdf'))).toEqual([
      position('Kakao', 'Software Engineer', '2017-03', '2019-12'),
      position('Naver', 'Junior Developer', '2015-01', '2017-02'),
    ]);
  });

  it('reads the main column after a sidebar as sections again once the name banner ends the sidebar', async () => {
    const sidebar: PdfText[] = [
      { text: 'CONTACT', x: 20, top: 50, bold: true },
      { text: '+90 532 555 0199', x: 20, top: 64 },
      { text: 'lina.park@example.com', x: 20, top: 78 },
      { text: 'SKILLS', x: 20, top: 106, bold: true },
      { text: 'Kotlin', x: 20, top: 120 },
      { text: 'Java', x: 20, top: 134 },
    ];
    const main: PdfText[] = [
      { text: 'Lina Park', x: 200, top: 50, size: 26, bold: true },
      { text: 'Android Developer', x: 200, top: 80, size: 12 },
      { text: 'EXPERIENCE', x: 200, top: 110, size: 11, bold: true },
      ...entry(
        132,
        '2021',
        'Present',
        'Senior Android Developer',
        'Quillmark · Izmir',
        'Compose screens.',
      ).map((text) => ({ ...text, x: text.x + 160 })),
    ];
    const result = await extractBytes(await makePdf([[...sidebar, ...main]]), 'sidebar.pdf');
    expect(positions(result)).toEqual([position('Quillmark', 'Senior Android Developer', '2021', 'present')]);
  });

  it('keeps one-line entries led by their start year apart, each naming its own title', async () => {
    const pdf = await makePdf([
      [
        ...header,
        { text: '2019', x: 60, top: 126 },
        { text: 'Senior Engineer, Lumenwave', x: 140, top: 126, bold: true },
        { text: '2016', x: 60, top: 140 },
        { text: 'Software Engineer, Kakao', x: 140, top: 140, bold: true },
      ],
    ]);
    expect(
      positions(await extractBytes(pdf, 'timeline.pdf')).map((position) => [
        position.company,
        position.title,
        position.startDate,
      ]),
    ).toEqual([
      ['Lumenwave', 'Senior Engineer', '2019'],
      ['Kakao', 'Software Engineer', '2016'],
    ]);
  });
});
