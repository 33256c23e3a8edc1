import { describe, expect, it } from 'vitest';
import { type PdfItem, pdfLines } from '../../../src/extract/read-pdf.js';
import { pdfItem } from './make-documents.js';

/**
 * Session 13's PDF reading rules, fed the reader's item model directly: each item is placed as a
 * PDF places it (x from the left, `top` from the top of an A4 page, half an em a character unless
 * a width is given), so every expected line follows from the geometry written here.
 */
const item = pdfItem;

const texts = (pages: PdfItem[][]) => pdfLines(pages).map((line) => line.text);

describe('a sidebar beside the main column, their baselines a little apart', () => {
  // The sidebar's lines fall 2 pt above the main column's, close enough to share a row: the
  // sidebar's wrapped list ("…, Terraform," over "Spinnaker") must not take the main column's
  // title and the employer line under it along.
  const sidebar = [
    item('SKILLS', 20, 100, { font: 'bold' }),
    item('Go, Java, Python', 20, 120),
    item('Kubernetes, GKE, Terraform,', 20, 198),
    item('Spinnaker', 20, 211.5),
    item('Cloud Spanner, MySQL', 20, 240),
  ];
  const main = [
    item('EXPERIENCE', 200, 100, { font: 'bold' }),
    item('Built payment services in Go for a marketplace.', 200, 120),
    item('Senior Backend Engineer', 200, 200, { font: 'bold' }),
    item('Apr 2020 – Present', 470, 200, { font: 'bold' }),
    item('Nordlys AS · Oslo · Payments team', 200, 213.5),
    item('Designed the ledger service in Go on Cloud Spanner.', 214, 230),
    item('Software Engineer', 200, 260, { font: 'bold' }),
    item('Apr 2016 – Mar 2020', 465, 260, { font: 'bold' }),
    item('Fjord Search AS · Bergen', 200, 273.5),
  ];

  it('joins the sidebar line to its wrap and keeps the title over the employer', () => {
    const lines = texts([[...sidebar, ...main]]).filter((line) => line !== '');
    expect(lines).toContain('Kubernetes, GKE, Terraform, Spinnaker');
    expect(lines.slice(lines.indexOf('EXPERIENCE'))).toEqual([
      'EXPERIENCE',
      'Built payment services in Go for a marketplace.',
      'Senior Backend Engineer    Apr 2020 – Present',
      'Nordlys AS · Oslo · Payments team',
      'Designed the ledger service in Go on Cloud Spanner.',
      'Software Engineer    Apr 2016 – Mar 2020',
      'Fjord Search AS · Bergen',
    ]);
  });
});

describe("an entry's head that ends in its dates, over the entry's paragraph", () => {
  it('keeps the head a line of its own, however near the right edge it ends', () => {
    // The head runs to x = 520; "Payments" would not have fitted after it before the edge at 545.
    const lines = texts([
      [
        item('Experience', 50, 100, { size: 12, font: 'bold' }),
        item('Senior Backend Engineer, Nordlys Group | 2020-03 – present', 50, 120, {
          font: 'bold',
          width: 470,
        }),
        item('Payments squad. Java and Kotlin services on Google Cloud with Bigtable and Pub/Sub;', 50, 134, {
          width: 495,
        }),
        item('moved the batch jobs to Apache Beam on Dataflow.', 50, 148),
        item('Software Engineer, Fjord Bank | 2017-09 – 2020-02', 50, 170, { font: 'bold' }),
        item('Checkout risk checks in Erlang and Clojure.', 50, 184),
      ],
    ]).filter((line) => line !== '');
    expect(lines).toEqual([
      'Experience',
      'Senior Backend Engineer, Nordlys Group | 2020-03 – present',
      'Payments squad. Java and Kotlin services on Google Cloud with Bigtable and Pub/Sub; moved the batch jobs to Apache Beam on Dataflow.',
      'Software Engineer, Fjord Bank | 2017-09 – 2020-02',
      'Checkout risk checks in Erlang and Clojure.',
    ]);
  });

  it('still joins a sentence that wraps after a range to its lower-case rest', () => {
    const lines = texts([
      [
        item('Summary', 50, 100, { size: 12, font: 'bold' }),
        item('I led the platform team of a Lisbon bank through its move to the cloud, 2019 – 2021', 50, 120, {
          width: 490,
        }),
        item('and then its payments team.', 50, 134),
      ],
    ]).filter((line) => line !== '');
    expect(lines).toEqual([
      'Summary',
      'I led the platform team of a Lisbon bank through its move to the cloud, 2019 – 2021 and then its payments team.',
    ]);
  });
});

describe('running headers and footers', () => {
  // Two pages, each with the same header at the top and the same footer (but its page number) at
  // the bottom; an entry's bullets run on from the first page to the second.
  const page = (number: number, body: PdfItem[]) => [
    item('Maren Dahl', 45, 25, { size: 8 }),
    item('Curriculum Vitae', 480, 25, { size: 8 }),
    ...body,
    item(`maren@example.no · Page ${number} of 2`, 210, 820, { size: 8 }),
  ];
  const pages = [
    page(1, [
      item('Maren Dahl', 45, 70, { size: 20, font: 'bold' }),
      item('Experience', 45, 100, { size: 12, font: 'bold' }),
      item('Fjord Labs AS, Oslo', 45, 120, { font: 'bold' }),
      item('Designed the tracking service in Java and Kafka.', 55, 134),
      item('Moved reporting to streaming with Kafka Streams.', 55, 148),
    ]),
    page(2, [
      item('Ported the legacy SOAP adapters to Spring Boot.', 55, 70),
      item('Education', 45, 100, { size: 12, font: 'bold' }),
      item('University of Bergen, MSc Informatics, 2009 – 2014', 45, 120),
    ]),
  ];

  it('keeps the header on the first page and the footer on the last, and drops their repeats', () => {
    expect(texts(pages).filter((line) => line !== '')).toEqual([
      'Maren Dahl    Curriculum Vitae',
      'Maren Dahl',
      'Experience',
      'Fjord Labs AS, Oslo',
      'Designed the tracking service in Java and Kafka.',
      'Moved reporting to streaming with Kafka Streams.',
      'Ported the legacy SOAP adapters to Spring Boot.',
      'Education',
      'University of Bergen, MSc Informatics, 2009 – 2014',
      'maren@example.no · Page 2 of 2',
    ]);
  });

  it('keeps a line that stands at the top of one page only', () => {
    const [first, second] = pages as [PdfItem[], PdfItem[]];
    const lines = texts([first, second.filter((entry) => entry.text !== 'Curriculum Vitae')]);
    expect(lines.filter((line) => line.includes('Maren Dahl'))).toEqual([
      'Maren Dahl    Curriculum Vitae',
      'Maren Dahl',
      'Maren Dahl',
    ]);
  });
});

describe('a word the typesetter hyphenated at a line end', () => {
  const paragraph = (first: string) => [
    item('Summary', 50, 100, { size: 12, font: 'bold' }),
    item(first, 50, 120, { width: 480 }),
    item('structure as code and well-documented workflows.', 50, 134),
  ];

  it('joins whole where the break is a typesetting hyphen (U+2010 or a soft hyphen)', () => {
    for (const hyphen of ['\u2010', '\u00ad']) {
      expect(
        texts([paragraph(`Platform engineer who likes observability, testing and infra${hyphen}`)])[1],
      ).toBe(
        'Platform engineer who likes observability, testing and infrastructure as code and well-documented workflows.',
      );
    }
  });

  it('keeps the hyphen of a compound broken at it', () => {
    expect(texts([paragraph('Platform engineer who likes observability, testing and infra-')])[1]).toBe(
      'Platform engineer who likes observability, testing and infra-structure as code and well-documented workflows.',
    );
  });
});

describe('a heading set a little larger than the body', () => {
  it('is a heading at 1.15 times the body size even where the font matrix rounds the size down', () => {
    const lines = pdfLines([
      [
        item('Experience', 50, 100, { size: 11.4999 }),
        item('Senior iOS Developer, Agoda, Jul 2019 – Mar 2022', 50, 120),
        item('Booking flow of the iOS app in Swift.', 50, 134),
        item('Mobile Developer, Siam Commercial Bank, 2018 – 2019', 50, 160),
      ],
    ]);
    expect(lines[0]).toEqual({ text: 'Experience', size: 1.15, heading: 2 });
  });
});

describe('a form of labels and values whose section label stands beside the first entry', () => {
  const form = (label: string, value: string) => [
    item('Full name', 40, 100, { font: 'bold' }),
    item('Sadykova Dana', 160, 100),
    item('City', 40, 120, { font: 'bold' }),
    item('Almaty, Kazakhstan', 160, 120),
    item(label, 40, 150, { font: 'bold' }),
    item(value, 160, 150),
    item('Kolesa Group, Almaty', 160, 164),
    item('Backend Developer', 160, 178),
    item('Search and listing services of the classifieds sites in PHP and Go.', 160, 192, { width: 380 }),
  ];

  it('sets the section name on a line of its own above the dates beside it', () => {
    expect(texts([form('Work experience', '09.2020 – present')]).filter((line) => line !== '')).toEqual([
      'Full name    Sadykova Dana',
      'City    Almaty, Kazakhstan',
      'Work experience',
      '09.2020 – present',
      'Kolesa Group, Almaty',
      'Backend Developer',
      'Search and listing services of the classifieds sites in PHP and Go.',
    ]);
  });

  it('keeps a label beside anything but dates on its row', () => {
    expect(texts([form('Languages', 'Python, Scala, SQL')]).filter((line) => line !== '')).toContain(
      'Languages    Python, Scala, SQL',
    );
  });
});

describe("a form's labels set flush right beside their values, printed again for every entry", () => {
  // The labels end at x = 190, the values start at x = 208; each entry repeats the labels.
  const labelled = (label: string, value: string, top: number) => [
    item(label, 190 - label.length * 5, top),
    item(value, 208, top),
  ];
  const entry = (top: number, dates: string, title: string, employer: string) => [
    ...labelled('Dates', dates, top),
    ...labelled('Occupation or position held', title, top + 15),
    ...labelled('Main activities and responsibilities', 'Ranking models in Python with LightGBM.', top + 30),
    ...labelled('Name and address of employer', employer, top + 45),
  ];

  it('reads each label with its value, not the labels as a column of their own', () => {
    const lines = texts([
      [
        item('Work experience', 110, 100, { size: 11 }),
        ...entry(120, 'February 2021 → present', 'Data Scientist', 'Vinted UAB, Vilnius'),
        ...entry(200, 'September 2017 → January 2021', 'Analytics Developer', 'Danske Bank A/S, Vilnius'),
      ],
    ]).filter((line) => line !== '');
    expect(lines).toEqual([
      'Work experience',
      'Dates    February 2021 → present',
      'Occupation or position held    Data Scientist',
      'Main activities and responsibilities    Ranking models in Python with LightGBM.',
      'Name and address of employer    Vinted UAB, Vilnius',
      'Dates    September 2017 → January 2021',
      'Occupation or position held    Analytics Developer',
      'Main activities and responsibilities    Ranking models in Python with LightGBM.',
      'Name and address of employer    Danske Bank A/S, Vilnius',
    ]);
  });
});
