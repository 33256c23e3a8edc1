import { describe, expect, it } from 'vitest';
import { documentLines, extractBytes, fixtureDocument, position, positions } from './extract-text.js';
import { pdfItem, pdfTexts } from './make-documents.js';

/**
 * Tables of positions in PDF: a header row naming the columns ("Period | Employer | Position | Main
 * tasks") over one row per position, cells that wrap. The PDFs are printed by Chromium from the HTML in
 * test/fixtures/documents/pdf-layouts/sources (positions-table-*.html, rebuilt by its build.ts); every
 * expected value is what the HTML states. The last cases feed the reader's item model directly, so the
 * expected lines follow from the geometry written there.
 */
const bytes = (name: string) => fixtureDocument('pdf-layouts', name);
const lines = async (name: string) => documentLines(name, await bytes(name));

const between = (all: string[], from: string, to: string) =>
  all.slice(all.indexOf(from) + 1, all.indexOf(to));

const MARTA = [
  '03/2019 – present | Northwind Logistics and Freight Services | Senior Backend Platform Engineer',
  'Designed the shipment event pipeline on Apache Kafka and Go, replacing nightly batch jobs with streaming updates.',
  'Moved the billing services to PostgreSQL 15 and Kubernetes.',
  '01/2015 – 02/2019 | Harbor Freight Systems | Software Engineer',
  'Built the customer portal in TypeScript and React, with a GraphQL gateway in front of six Java services.',
  '07/2012 – 12/2014 | Quill Labs | Junior Developer',
  'Maintained the Django intranet and its Celery jobs.',
];

const MARTA_POSITIONS = [
  position(
    'Northwind Logistics and Freight Services',
    'Senior Backend Platform Engineer',
    '2019-03',
    'present',
  ),
  position('Harbor Freight Systems', 'Software Engineer', '2015-01', '2019-02'),
  position('Quill Labs', 'Junior Developer', '2012-07', '2014-12'),
];

describe('a PDF table of positions under a header row', () => {
  it('reads a ruled four-column table row by row, wrapped cells joined, the task column after its row', async () => {
    expect(between(await lines('positions-table-ruled.pdf'), 'Professional Experience', 'Education')).toEqual(
      MARTA,
    );
    expect(positions(await extractBytes(await bytes('positions-table-ruled.pdf'), 'x.pdf'))).toEqual(
      MARTA_POSITIONS,
    );
  });

  it('reads the same table without borders the same way', async () => {
    expect(between(await lines('positions-table-open.pdf'), 'Professional Experience', 'Education')).toEqual(
      MARTA,
    );
    expect(positions(await extractBytes(await bytes('positions-table-open.pdf'), 'x.pdf'))).toEqual(
      MARTA_POSITIONS,
    );
  });

  it('finds the columns under labels set centred over them, a list indented in its cell', async () => {
    expect(
      between(await lines('positions-table-centred.pdf'), 'Professional Experience', 'Education'),
    ).toEqual(MARTA);
  });

  it('joins a From and a To column into one range and a date cut at its hyphen ("2020-" over "05")', async () => {
    expect(between(await lines('positions-table-five.pdf'), 'WORK HISTORY', 'EDUCATION')).toEqual([
      '2020-05 – present | Lighthouse Analytics Consultancy | Lead Data Engineer',
      'Runs the data platform team of five; moved the warehouse from Redshift to Snowflake and dbt, and the orchestration to Airflow.',
      '2016-09 – 2020-04 | Mediterranean Shipping Data Services | Data Engineer',
      'Wrote the Spark jobs that price container routes; kept them on Scala and Hadoop.',
      '2014-01 – 2016-08 | Indra | Junior Software Developer',
      'Java and Oracle reports for the public sector.',
    ]);
    expect(positions(await extractBytes(await bytes('positions-table-five.pdf'), 'x.pdf'))).toEqual([
      position('Lighthouse Analytics Consultancy', 'Lead Data Engineer', '2020-05', 'present'),
      position('Mediterranean Shipping Data Services', 'Data Engineer', '2016-09', '2020-04'),
      position('Indra', 'Junior Software Developer', '2014-01', '2016-08'),
    ]);
  });

  it('does not read a three-column table with no task column as a sidebar beside the dates', async () => {
    expect(between(await lines('positions-table-three.pdf'), 'Experience', 'Education')).toEqual([
      'Aug 2021 – Present | Persistent Systems | Principal Software Engineer, Cloud Platform Reliability',
      'Jun 2017 – Jul 2021 | Tata Consultancy Services | Senior Software Engineer',
      'Jul 2014 – May 2017 | Centre for Development of Advanced Computing | Project Engineer',
    ]);
  });

  it('tells the rows of a two-column table set without padding by the dates that open them', async () => {
    expect(between(await lines('positions-table-tight.pdf'), 'Employment', 'Education')).toEqual([
      'Oct 2019 – present | Staff Engineer at Wavefront Robotics and Automation Research',
      'Mar 2015 – Sep 2019 | Software Engineer at Spreadshirt',
      'Sep 2012 – Feb 2015 | Working Student at Fraunhofer Institute for Integrated Circuits',
    ]);
    expect(positions(await extractBytes(await bytes('positions-table-tight.pdf'), 'x.pdf'))).toEqual([
      position('Wavefront Robotics and Automation Research', 'Staff Engineer', '2019-10', 'present'),
      position('Spreadshirt', 'Software Engineer', '2015-03', '2019-09'),
      position('Fraunhofer Institute for Integrated Circuits', 'Working Student', '2012-09', '2015-02'),
    ]);
  });
});

const item = pdfItem;
const texts = pdfTexts;

describe('the reader item model of a table of positions', () => {
  const header = [
    item('Period', 40, 100, { font: 'bold' }),
    item('Company', 150, 100, { font: 'bold' }),
    item('Role', 330, 100, { font: 'bold' }),
  ];

  it('parts a company cell\'s lines that end short of the column\'s edge by a comma ("Acme" over "Berlin")', () => {
    expect(
      texts([
        ...header,
        item('2019 – 2022', 40, 120),
        item('Harbor Freight Systems', 150, 120),
        item('Senior Engineer', 330, 120),
        item('Berlin', 150, 132),
        item('2016 – 2019', 40, 152),
        item('Quill Labs', 150, 152),
        item('Engineer', 330, 152),
      ]),
    ).toEqual([
      '2019 – 2022 | Harbor Freight Systems, Berlin | Senior Engineer',
      '2016 – 2019 | Quill Labs | Engineer',
    ]);
  });

  it('ends the table at a line that runs across its columns', () => {
    expect(
      texts([
        ...header,
        item('2019 – 2022', 40, 120),
        item('Harbor Freight Systems', 150, 120),
        item('Senior Engineer', 330, 120),
        item('References are available from both employers on request, by e-mail.', 40, 160),
      ]),
    ).toEqual([
      '2019 – 2022 | Harbor Freight Systems | Senior Engineer',
      'References are available from both employers on request, by e-mail.',
    ]);
  });

  it('leaves a row of words that name no columns of a position as it is read otherwise', () => {
    expect(
      texts([
        item('Languages', 40, 100),
        item('Databases', 150, 100),
        item('Clouds', 300, 100),
        item('Go', 40, 114),
        item('PostgreSQL', 150, 114),
        item('AWS', 300, 114),
      ]),
    ).toEqual(['Languages    Databases    Clouds', 'Go    PostgreSQL    AWS']);
  });
});
