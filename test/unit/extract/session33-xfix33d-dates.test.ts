/**
 * Session 33 (xfix33d): the audit's findings on xdate33's change. Every input is constructed here (invented people and
 * employers), never copied from a fixture set.
 */
import { describe, expect, it } from 'vitest';
import { findDates, parseDateRange } from '../../../src/extract/dates.js';
import { extractText, position, positions } from './extract-text.js';
import { pdfItem as item, pdfTexts as texts } from './make-documents.js';

describe('a season, "de" and a long run of blanks', () => {
  it.each([' ', '\t'])(
    'finds no date in a season and "de" before 80,000 blanks and no year (%j)',
    (blank) => {
      expect(findDates(`verano de${blank.repeat(80_000)}x`)).toEqual([]);
    },
  );

  it.each([
    ['verano de 2018', 2018],
    ['Verão de 2017', 2017],
    ['verano  de  2018', 2018],
    ['Inverno, 2016', 2016],
  ])('%s is still its year', (text, year) => {
    const [date] = findDates(text);
    expect(date).toMatchObject({ kind: 'single', text, from: { year, month: null, day: null } });
  });
});

describe('Catalan "des de" ("since") is no Norwegian December', () => {
  it('reads "Des de 2018 fins avui" as the year 2018 to now', () => {
    expect(parseDateRange('Des de 2018 fins avui')).toEqual({ startDate: '2018', current: true });
  });

  it('reads "des de 2018" as the year', () => {
    expect(findDates('des de 2018')[0]).toMatchObject({ from: { year: 2018, month: null } });
  });

  it('still reads Norwegian "des 2018" and "des. 2018" as December', () => {
    expect(parseDateRange('Jan 2016 – des 2018')).toEqual({ startDate: '2016-01', endDate: '2018-12' });
    expect(parseDateRange('jan. 2016 – des. 2018')).toEqual({ startDate: '2016-01', endDate: '2018-12' });
  });
});

describe('a sidebar whose cells include periods, beside the main column', () => {
  // A left sidebar (contact labels and values, skills, then education periods over degrees) on the main column's
  // baselines beside an EXPERIENCE column: a sidebar's cell has a side cell on the next row too, a date column's head
  // has none below it.
  const side = [
    'Phone',
    '+44 7700 900123',
    'Email',
    'j.ellery@example.com',
    'Python',
    'Docker',
    'Kubernetes',
    'Terraform',
    '2012 – 2016',
    'BSc Computing',
    '2016 – 2018',
    'MSc Data Science',
  ];
  const main = [
    'Senior Engineer',
    'Acme Corp, London',
    'Billing services on Kubernetes.',
    'Cut costs by a third.',
    '',
    'Software Engineer',
    'Globex Ltd, Leeds',
    'Reporting APIs in Go.',
    'Three releases a month.',
    '',
    'Junior Developer',
    'Initech, York',
  ];
  const page = [
    item('Jordan Ellery', 40, 60, { size: 18, font: 'bold' }),
    item('CONTACT', 40, 100, { size: 12, font: 'bold' }),
    item('EXPERIENCE', 220, 100, { size: 12, font: 'bold' }),
    ...side.map((text, i) => item(text, 40, 120 + i * 14)),
    ...main.flatMap((text, i) => (text ? [item(text, 220, 120 + i * 14)] : [])),
  ];

  it('reads the sidebar apart, each cell a line of its own', () => {
    const lines = texts(page);
    for (const text of [...side, ...main.filter(Boolean)]) expect(lines).toContain(text);
  });
});

describe('a year leading a line in a column of ranges, over a line that names no employer', () => {
  it('makes no position of an award', async () => {
    const result = await extractText(
      [
        'Maren Holloway',
        'maren.holloway@example.com',
        '',
        'Experience',
        '',
        '2019 – Present    Senior Data Engineer',
        'Bluefin Logistics, Seattle',
        '- Built pipelines in Python and Airflow.',
        '',
        '2016 – 2019    Data Analyst',
        'Harborview Partners, Portland',
        '- Reports in Tableau.',
        '',
        '2018    Employee of the Year',
        'Awarded by the Portland office',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Bluefin Logistics', 'Senior Data Engineer', '2019', 'present'),
      position('Harborview Partners', 'Data Analyst', '2016', '2019'),
    ]);
  });

  it('makes no position of an achievement under a job', async () => {
    const result = await extractText(
      [
        'Desmond Okafor',
        'desmond.okafor@example.com',
        '',
        'Experience',
        '',
        '2021 – Present    Platform Engineer',
        'Quillon Systems Inc., Austin',
        '- Kubernetes and Terraform.',
        '',
        '2020    Migrated the billing system to AWS',
        'Team of four engineers',
        '',
        '2017 – 2021    Backend Engineer',
        'Saltmarsh Software Ltd, Dallas',
        '- Java services.',
      ].join('\n'),
    );
    expect(positions(result).map((p) => p.title)).toEqual(['Platform Engineer', 'Backend Engineer']);
  });

  it('heads an entry with a year leading the employer over a line naming the title', async () => {
    const result = await extractText(
      [
        '# Ilona Varga-Kertész',
        '',
        '## Career',
        '',
        '### 2019 – present · Duna Szoftver Kft., Győr',
        '',
        '**Backend Developer**',
        '',
        '- Go services.',
        '',
        '### 2017 · Mecsek Data',
        '',
        '**Data Intern**',
        '',
        '- Reports in SQL.',
      ].join('\n'),
      'resume.md',
    );
    expect(positions(result).map((p) => [p.title, p.startDate, p.endDate])).toEqual([
      ['Backend Developer', '2019', undefined],
      ['Data Intern', '2017', '2017'],
    ]);
  });
});
