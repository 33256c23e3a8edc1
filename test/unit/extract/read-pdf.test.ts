import { describe, expect, it } from 'vitest';
import { type PdfItem, pdfLines } from '../../../src/extract/read-pdf.js';
import { extractBytes, positions } from './extract-text.js';
import { makePdf, pdfItem } from './make-documents.js';

/**
 * The PDF reader's rules, fed its item model directly: each item is placed as a PDF would place it
 * (x from the left, `top` from the top of an A4 page, a width of half an em a character unless
 * given), so every expected line follows from the geometry written here.
 */
const item = pdfItem;

/** Single glyphs set one after the other, `spacing` points apart, a word gap where the text has a space. */
function spaced(text: string, x: number, top: number, size: number, spacing: number): PdfItem[] {
  const items: PdfItem[] = [];
  let at = x;
  for (const glyph of text) {
    if (glyph === ' ') {
      at += size * 0.3 + spacing;
      continue;
    }
    items.push(item(glyph, at, top, { size, width: size * 0.6 }));
    at += size * 0.6 + spacing;
  }
  return items;
}

const texts = (pages: PdfItem[][]) => pdfLines(pages).map((line) => line.text);

describe('PDF glyphs', () => {
  it('drops glyphs that print no character: control codes, private-use icon glyphs, zero-width marks', () => {
    expect(
      texts([
        [
          item('\u0000\u0000\u0000', 50, 100),
          item('Ana Lima', 50, 120),
          item('\uf0e0 ana@example.com', 50, 134),
          item('Kraków\u200b', 50, 148),
        ],
      ]),
    ).toEqual(['Ana Lima', 'ana@example.com', 'Kraków']);
  });

  it('drops the names an icon font printed as words: in a font of their own, each before its label', () => {
    const icons = { size: 7, font: 'fallback-mono' };
    expect(
      texts([
        [
          item('mail', 50, 100, icons),
          item('ana@example.com', 68, 100),
          item('location_on', 200, 100, icons),
          item('Lisbon', 241, 100),
          item('work', 50, 130, icons),
          item('Experience', 68, 130, { size: 12 }),
        ],
      ]).filter((line) => line !== ''),
    ).toEqual(['ana@example.com    Lisbon', 'Experience']);
  });

  it('keeps lower-case words of a font that also sets other text, or that stand alone', () => {
    const mono = { font: 'mono' };
    expect(
      texts([
        [
          item('kubectl', 50, 100, mono),
          item('plugins for our clusters', 88, 100),
          item('Charts in Go for every service we deploy to production', 50, 114, mono),
          item('helm', 50, 150, mono),
        ],
      ]).filter((line) => line !== ''),
    ).toEqual([
      'kubectl plugins for our clusters',
      'Charts in Go for every service we deploy to production',
      'helm',
    ]);
  });

  it('drops an icon whose whole name takes the width of one glyph (a ligature that was drawn)', () => {
    expect(texts([[item('phone', 50, 100, { width: 10 }), item('+351 912 345 678', 64, 100)]])).toEqual([
      '+351 912 345 678',
    ]);
  });
});

describe('PDF words', () => {
  it('joins the letters of text set letter-spaced glyph by glyph, words apart where the gap is a word space', () => {
    // Small capitals: the first letter larger than the rest.
    const heading = [
      ...spaced('W', 50, 100, 11, 1),
      ...spaced('ORK EXPERIENCE', 50 + 11 * 0.6 + 1, 100, 7.5, 1),
    ];
    expect(texts([[...heading, item('Engineer at Stripe', 50, 120)]])).toEqual([
      'WORK EXPERIENCE',
      'Engineer at Stripe',
    ]);
  });

  it('gives back the space between a date range and the word a narrow date cell ran into', () => {
    expect(
      texts([
        [
          item('2021 – present', 50, 100, { width: 86 }),
          item('Lecturer in Computer Science', 136.1, 100),
          item('2022 – presentCSC8110 Formal Methods', 50, 114),
          item('2018 – 2021Postdoctoral Researcher', 50, 128),
        ],
      ]),
    ).toEqual([
      '2021 – present Lecturer in Computer Science',
      '2022 – present CSC8110 Formal Methods',
      '2018 – 2021 Postdoctoral Researcher',
    ]);
  });
});

describe('PDF wrapped lines', () => {
  it('joins a line broken after the hyphen of a compound without a space, and a range left open at the line end with its end', () => {
    const page = [
      item('Notion Labs - Staff Software Engineer - Austin, US (2020-02 – 2023-', 50, 100),
      item('08)', 50, 114),
      item('Notion Labs - Senior Software Engineer - Austin, US (2016-12 –', 50, 128),
      item('2020-02)', 50, 142),
      item('Event-driven billing for the University of Illinois Urbana-', 50, 156),
      item('Champaign and a second line that sets the right edge of the text', 50, 170),
    ];
    expect(texts([page])).toEqual([
      'Notion Labs - Staff Software Engineer - Austin, US (2020-02 – 2023-08)',
      'Notion Labs - Senior Software Engineer - Austin, US (2016-12 – 2020-02)',
      'Event-driven billing for the University of Illinois Urbana-Champaign and a second line that sets the right edge of the text',
    ]);
  });

  it('joins a list that fills its line to the short item that opens the next line', () => {
    const page = [
      item('Tools: C#, Grafana Tempo, RuboCop, Apache RocketMQ, Sumo Logic, Azure Stream', 50, 100),
      item('Analytics, WCF', 50, 114),
      item('Languages: Go, Rust', 50, 128),
      item('Cloud: AWS, Azure', 50, 142),
    ];
    expect(texts([page])).toEqual([
      'Tools: C#, Grafana Tempo, RuboCop, Apache RocketMQ, Sumo Logic, Azure Stream Analytics, WCF',
      'Languages: Go, Rust',
      'Cloud: AWS, Azure',
    ]);
  });

  it('does not join a range left open at the line end to a whole range under it', () => {
    const page = [
      item('Staff Engineer at Stripe, payments platform, 2021 –', 50, 100),
      item('2018 – 2021 Engineer at Shopify, storefront and checkout services', 50, 114),
    ];
    expect(texts([page])).toEqual([
      'Staff Engineer at Stripe, payments platform, 2021 –',
      '2018 – 2021 Engineer at Shopify, storefront and checkout services',
    ]);
  });
});

describe('PDF tables and columns', () => {
  it('keeps a left date column with its rows when the dates wrap at their dash and labels stand one per row', async () => {
    const page = [
      item('EXPERIENCE', 50, 100, { size: 11 }),
      item('01/2022 —', 50, 120, { size: 9 }),
      item('Lead Developer · Algolia, Paris', 150, 120.8),
      item('present', 50, 131, { size: 9 }),
      item('Search dashboards in Vue.js and Go', 160, 133.8),
      item('Feature flags with Unleash', 160, 146.8),
      item('Event storage in ClickHouse for the analytics of every search', 160, 159.8),
      item('09/2018 —', 50, 180, { size: 9 }),
      item('Full-Stack Developer · Sword Group, Lyon', 150, 180.8),
      item('12/2021', 50, 191, { size: 9 }),
      item('Claims back office in Java', 160, 193.8),
      item('SKILLS', 50, 230, { size: 11 }),
      item('Front', 50, 250),
      item('Vue.js, Nuxt, TypeScript', 150, 250),
      item('Back', 50, 270),
      item('Go, PHP, Java', 150, 270),
      item('Data', 50, 290),
      item('PostgreSQL, MySQL', 150, 290),
      item('Ops', 50, 310),
      item('Docker, GitLab CI', 150, 310),
    ];
    expect(texts([page]).filter((line) => line !== '')).toEqual([
      'EXPERIENCE',
      '01/2022 — present    Lead Developer · Algolia, Paris',
      'Search dashboards in Vue.js and Go',
      'Feature flags with Unleash',
      'Event storage in ClickHouse for the analytics of every search',
      '09/2018 — 12/2021    Full-Stack Developer · Sword Group, Lyon',
      'Claims back office in Java',
      'SKILLS',
      'Front    Vue.js, Nuxt, TypeScript',
      'Back    Go, PHP, Java',
      'Data    PostgreSQL, MySQL',
      'Ops    Docker, GitLab CI',
    ]);
  });

  it('joins a cell set flush right to the line it wrapped onto, and a cell wrapped over three lines whole', () => {
    const page = [
      item('2015.09 - 2018.06', 40, 100, { width: 90 }),
      item('Zhejiang University', 142, 100, { width: 97 }),
      // Flush right at 555.7: the degree wraps to a second line ending at the same edge.
      item('Master of Engineering, Computer', 390.6, 100, { width: 165.1 }),
      item('Technology', 500.1, 112, { width: 55.6 }),
      item('April 2019 – present', 40, 140, { width: 84 }),
      item('Mercari — Backend Engineer, then Engineering Manager.', 142, 140, { width: 413 }),
      item('Payment ledger services in Go with gRPC, Cloud Spanner and', 142, 152, { width: 410 }),
      item('Pub/Sub on GKE; infrastructure in Terraform.', 142, 164, { width: 220 }),
      item('Self-PR', 40, 190, { width: 35 }),
    ];
    expect(texts([page]).filter((line) => line !== '')).toEqual([
      '2015.09 - 2018.06    Zhejiang University    Master of Engineering, Computer Technology',
      'April 2019 – present    Mercari — Backend Engineer, then Engineering Manager. Payment ledger services in Go with gRPC, Cloud Spanner and Pub/Sub on GKE; infrastructure in Terraform.',
      'Self-PR',
    ]);
  });

  it('does not read a nearly empty side (a photo box, a date in a corner) as a column of its own', () => {
    const page = [
      item('As of November 1, 2025', 430, 80, { width: 100 }),
      item('Name', 50, 100),
      item('Haruto Sato', 140, 100),
      item('PHOTO', 470, 114, { size: 8 }),
      item('Address', 50, 114),
      item('2-14-5 Ebisu, Shibuya-ku, Tokyo', 140, 114),
      item('Contact', 50, 128),
      item('haruto.sato@example.com', 140, 128),
      item('Year', 50, 150),
      item('Month', 80, 150),
      item('Education and work history', 115, 150),
      item('2010', 50, 164),
      item('4', 80, 164),
      item('Entered Keio University, Faculty of Science', 115, 164),
      item('2014', 50, 178),
      item('4', 80, 178),
      item('Joined Rakuten as Software Engineer', 115, 178),
      item('2019', 50, 192),
      item('4', 80, 192),
      item('Joined Mercari, Inc. as Backend Engineer', 115, 192),
      item('End', 500, 206),
    ];
    expect(texts([page]).filter((line) => line !== '')).toEqual([
      'As of November 1, 2025',
      'Name    Haruto Sato',
      'Address    2-14-5 Ebisu, Shibuya-ku, Tokyo    PHOTO',
      'Contact    haruto.sato@example.com',
      'Year    Month    Education and work history',
      '2010    4    Entered Keio University, Faculty of Science',
      '2014    4    Joined Rakuten as Software Engineer',
      '2019    4    Joined Mercari, Inc. as Backend Engineer',
      'End',
    ]);
  });

  it('reads a built PDF whose icon font fell back to a monospaced font: the section names stay headings', async () => {
    // Courier stands in for the fallback font; the body is Helvetica.
    const pdf = await makePdf([
      [
        { text: 'Diego Ramírez', x: 50, top: 60, size: 22 },
        { text: 'work', x: 50, top: 100, size: 7, mono: true },
        { text: 'Experience', x: 70, top: 100, size: 12 },
        { text: 'Senior Android Engineer · Rappi    Jun 2021 - Present', x: 50, top: 120 },
        { text: 'Kotlin and Jetpack Compose for the courier app', x: 50, top: 134 },
        { text: 'school', x: 50, top: 170, size: 7, mono: true },
        { text: 'Education', x: 80, top: 170, size: 12 },
        { text: 'Instituto Politécnico Nacional    2010 - 2015', x: 50, top: 190 },
      ],
    ]);
    const result = await extractBytes(pdf, 'icon-fallback.pdf');
    expect(result.lines.filter((line) => line !== '')).toEqual([
      'Diego Ramírez',
      'Experience',
      'Senior Android Engineer · Rappi    Jun 2021 - Present',
      'Kotlin and Jetpack Compose for the courier app',
      'Education',
      'Instituto Politécnico Nacional    2010 - 2015',
    ]);
    expect(positions(result)).toEqual([
      {
        company: 'Rappi',
        title: 'Senior Android Engineer',
        startDate: '2021-06',
        endDate: undefined,
        current: true,
      },
    ]);
    expect(result.resume.education?.map((school) => school.institution)).toEqual([
      'Instituto Politécnico Nacional',
    ]);
  });
});
