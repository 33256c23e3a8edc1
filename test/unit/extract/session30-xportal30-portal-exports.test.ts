import { describe, expect, it } from 'vitest';
import {
  lengthBeside,
  lineInfo,
  placeOrSite,
  siteAfterPlace,
  webAddress,
} from '../../../src/extract/entries.js';
import { modelLines } from '../../../src/extract/line-model.js';
import { pdfLines } from '../../../src/extract/read-pdf.js';
import { headingText, splitSections } from '../../../src/extract/sections.js';
import { namesDesiredJob, namesIndustry, sectionKind } from '../../../src/extract/vocabulary.js';
import { extractBytes, position, positions, skillGroups, skillsOf } from './extract-text.js';
import { pdfItem as item, makePdf, pdfTexts } from './make-documents.js';

/**
 * Session 30 (xportal30): job portals' PDF exports (hh.ru and its kin): a left column of "Month YYYY — currently" over
 * the job's length beside the employer, "City, site", the employer's industry and the title; the work history's
 * heading with the total length after it; "Desired position and salary"; "Higher education (Master)"; a short last page.
 */

const line = (text: string) => modelLines([{ text }])[0] as ReturnType<typeof modelLines>[number];

describe("headingText: a job portal's total after the work history's heading", () => {
  it('drops a total after a dash, a colon or in brackets', () => {
    expect(headingText(line('Work experience — 11 years 3 months'))).toBe('Work experience');
    expect(headingText(line('Experience (6 yrs 2 mos)'))).toBe('Experience');
    expect(headingText(line('Work Experience: 4 years'))).toBe('Work Experience');
  });

  it('keeps a heading with no total, or a number that is no length of time', () => {
    expect(headingText(line('Experience'))).toBe('Experience');
    expect(headingText(line('Projects 2019'))).toBe('Projects 2019');
    expect(headingText(line('Top 5 skills'))).toBe('Top 5 skills');
  });

  it('opens the work history at such a heading', () => {
    const sections = splitSections(
      modelLines(
        ['Nadezhda Korolyova', '', 'Work experience — 7 years 1 month', '', 'Lead Analyst'].map((text) => ({
          text,
        })),
      ),
    );
    expect(sections.map((section) => [section.kind, section.title])).toEqual([
      ['preamble', null],
      ['experience', 'Work experience'],
    ]);
  });
});

describe("namesIndustry: the employer's line of business a portal prints", () => {
  it('reads sector phrases in sentence case, alone or listed', () => {
    expect(namesIndustry('Retail')).toBe(true);
    expect(namesIndustry('Financial sector')).toBe(true);
    expect(namesIndustry('Information technology, system integration, Internet')).toBe(true);
    expect(namesIndustry('Transportation, logistics')).toBe(true);
  });

  it('reads no title, employer or team as one', () => {
    expect(namesIndustry('Head of retail')).toBe(false);
    expect(namesIndustry('Northfield Financial Services')).toBe(false);
    expect(namesIndustry('Backend developer')).toBe(false);
    expect(namesIndustry('Retail, payments platform')).toBe(false);
  });
});

describe("web addresses and places under a portal's employer", () => {
  it('reads a scheme or "www." as an address, a bare domain only after a place', () => {
    expect(webAddress('www.kestrel-foods.kz')).toBe(true);
    expect(webAddress('https://northwind.io')).toBe(true);
    expect(webAddress('bol.com')).toBe(false);
    expect(siteAfterPlace('Almaty, kestrel.kz')).toEqual({ place: 'Almaty' });
    expect(siteAfterPlace('Kazan, www.tatneft-digital.ru')?.place).toBe('Kazan');
    expect(siteAfterPlace('bol.com, Utrecht')).toBeNull();
    expect(siteAfterPlace('Quillon Labs, quillon.io')).toBeNull();
  });

  it('reads a place, an address, or both as where the job was', () => {
    expect(placeOrSite('Lisbon, Portugal')).toBe(true);
    expect(placeOrSite('Novosibirsk, www.2gis.ru')).toBe(true);
    expect(placeOrSite('Novosibirsk')).toBe(false);
  });
});

describe("lengthBeside: a date column's length of time beside another column's line", () => {
  it('reads a length of its own beside other text', () => {
    expect(lengthBeside(lineInfo(line('4 years 9 months    Research assistant')))).toBe(true);
    expect(lengthBeside(lineInfo(line('1 year    Kazan, www.kestrel.ru')))).toBe(true);
  });

  it('reads no length alone, and no length inside a sentence', () => {
    expect(lengthBeside(lineInfo(line('4 years 9 months')))).toBe(false);
    expect(lengthBeside(lineInfo(line('Ran the on-call rotation for 2 years')))).toBe(false);
  });
});

describe("a portal's headings around the positions", () => {
  it('reads no heading in "Higher education (Master)": the bracket names the degree', () => {
    expect(sectionKind('Higher education (Master)')).toBeNull();
    expect(sectionKind('Higher education')).toBe('education');
    expect(sectionKind('Work experience (Berufserfahrung)')).toBe('experience');
  });

  it('names the sections on the job sought', () => {
    expect(namesDesiredJob('Desired position and salary')).toBe(true);
    expect(namesDesiredJob('Target Job')).toBe(true);
    expect(namesDesiredJob('Experience')).toBe(false);
    expect(sectionKind('Desired position and salary')).toBe('other');
  });
});

/** An hh.ru-like page: dates over the length on the left, employer, place and site, industry and title on the right. */
function portalPage() {
  const bold = { font: 'bold' };
  return [
    item('Varfolomeeva Olesya', 40, 40, { size: 18 }),
    item('Desired position and salary', 40, 80, { size: 11 }),
    item('Lead Data Engineer', 40, 98, { size: 13 }),
    item('Specializations:', 40, 114),
    item('— Analyst', 40, 128),
    item('Work experience — 7 years 2 months', 40, 160, { size: 11 }),
    item('May 2021 — currently', 40, 180),
    item('Vologda Rail Systems', 200, 180, bold),
    item('5 years 7 months', 40, 194),
    item('Cherepovets, www.vologda-rail.ru', 200, 194),
    item('Transportation, logistics', 200, 208),
    item('Data Engineer', 200, 222, bold),
    item('Pipelines in Python and Airflow for wagon sensors; storage in ClickHouse.', 200, 236),
    item('March 2019 — April 2021', 40, 266),
    item('Pechora Market', 200, 266, bold),
    item('Syktyvkar, pechora-market.ru', 200, 280),
    item('2 years 2 months', 40, 294),
    item('Internet, e-commerce', 200, 294),
    item('Junior Data Engineer', 200, 308, bold),
    item('Batch jobs in Scala on Spark for the catalogue.', 200, 322),
    item('September 2017 — February 2019', 40, 352),
    item('Syktyvkar State University', 200, 352, bold),
    item('Syktyvkar', 200, 366),
    item('1 year 6 months', 40, 380),
    item('Research assistant', 200, 380, bold),
    item('Sensor data cleaning in R.', 200, 394),
    item('Key skills', 40, 424, { size: 11 }),
    item('Python    Airflow    ClickHouse    Spark', 40, 442),
  ];
}

describe("PDF: a job portal's date column with lengths beside the employer, its place and site, industry and title", () => {
  it('reads the rows as the page sets them (the length beside a line of the other column)', () => {
    const texts = pdfTexts(portalPage());
    expect(texts).toContain('May 2021 — currently    Vologda Rail Systems');
    expect(texts).toContain('2 years 2 months    Internet, e-commerce');
    expect(texts).toContain('1 year 6 months    Research assistant');
  });

  it('gives one position a job: employer, title and dates, no site, industry or length among them', async () => {
    const page = portalPage().map(({ text, x, y, size, font }) => ({
      text,
      x,
      top: 842 - y,
      size,
      bold: font === 'bold',
    }));
    const result = await extractBytes(await makePdf([page]), 'resume.pdf');
    expect(positions(result)).toEqual([
      position('Vologda Rail Systems', 'Data Engineer', '2021-05', 'present'),
      position('Pechora Market', 'Junior Data Engineer', '2019-03', '2021-04'),
      position('Syktyvkar State University', 'Research assistant', '2017-09', '2019-02'),
    ]);
    // The specializations of the job sought are no skills; the key skills are.
    expect(skillGroups(result).map((group) => group.name)).toEqual(['Key skills']);
  });
});

describe('PDF: a short last page', () => {
  it('sets blank lines between its blocks when no spacing comes three times', () => {
    const heading = { size: 12 };
    const pages = [
      [item('Page one', 40, 60)],
      [
        item('Websites for banks in PHP with Laravel.', 40, 47),
        item('Front ends in jQuery and Bootstrap.', 40, 62),
        item('Education', 40, 92, heading),
        item("Bachelor's degree, Computer Science", 40, 119),
        item('American University of Beirut · 2016', 40, 144),
        item('Specialties & Skills', 40, 175, heading),
        item('Go (Expert)    Redis (Expert)', 40, 200),
        item('Languages', 40, 232, heading),
        item('Arabic (Native)', 40, 260),
      ],
    ];
    const texts = pdfLines(pages).map((read) => read.text);
    const at = (text: string) => texts.indexOf(text);
    expect(texts[at('Specialties & Skills') - 1]).toBe('');
    expect(texts[at('Education') - 1]).toBe('');
  });
});

describe("skills: a job portal's table of skill, version, last used and experience", () => {
  it('keeps the skills, not the header or the years of use', async () => {
    const groups = await skillsOf(
      'Skills    Version    Last used    Experience',
      'Kotlin    1.9    2026    4 Years 3 Months',
      'Spring Boot    3    2025    2 Years 1 Month',
    );
    expect(groups.flatMap((group) => group.keywords)).toEqual(['Kotlin', 'Spring Boot']);
  });
});
