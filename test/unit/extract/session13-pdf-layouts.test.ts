import { describe, expect, it } from 'vitest';
import {
  documentLines,
  extractBytes,
  fixtureDocument,
  positions,
  technologiesByPosition,
} from './extract-text.js';

/**
 * PDFs printed by Chromium from constructed HTML (test/fixtures/documents/pdf-layouts/sources, rebuilt by
 * its build.ts), in layouts PDF résumés come in: a sidebar on the left or the right, a grid of a date
 * column beside the entries, dates pushed to the right edge under the employer's line, letter-spaced
 * and small-caps headings, bullets as glyphs, a running header and footer on two pages with a role that
 * runs on from one to the next. Every expected value is what the HTML source states.
 */
const pdfLayout = (name: string) => fixtureDocument('pdf-layouts', name);
const extract = async (name: string) => extractBytes(await pdfLayout(name), name);
const lines = async (name: string) => documentLines(name, await pdfLayout(name));

describe('Chromium-printed PDF layouts', () => {
  it('reads a left sidebar apart from the employer line over "title … dates" entries', async () => {
    expect(positions(await extract('left-sidebar.pdf'))).toEqual([
      {
        company: 'Northwind Freight',
        title: 'Staff Platform Engineer',
        startDate: '2021-03',
        endDate: undefined,
        current: true,
      },
      {
        company: 'Fjord Labs',
        title: 'Senior Backend Engineer',
        startDate: '2017-01',
        endDate: '2021-02',
        current: undefined,
      },
      {
        company: 'Bergen Kommune',
        title: 'Software Developer',
        startDate: '2014-08',
        endDate: '2016-12',
        current: undefined,
      },
    ]);
  });

  it('reads a grid of years beside "title over employer, city" entries with a sidebar on the right', async () => {
    expect(
      positions(await extract('right-sidebar-grid.pdf')).map((position) => [
        position.company,
        position.title,
        position.startDate,
        position.endDate ?? (position.current ? 'present' : undefined),
      ]),
    ).toEqual([
      ['Farfetch', 'Lead Data Engineer', '2020', 'present'],
      ['Jumia', 'Data Engineer', '2016', '2020'],
      ['Sonae', 'Business Intelligence Developer', '2014', '2016'],
    ]);
  });

  it('drops the running header and footer between two pages and keeps a role whole across them', async () => {
    const read = await lines('two-pages.pdf');
    expect(read.filter((line) => line.includes('Curriculum Vitae'))).toEqual([
      'Maren Dahl    Curriculum Vitae',
    ]);
    expect(read.filter((line) => line.includes('+47 934 56 789'))).toEqual([
      'maren.dahl@example.no · +47 934 56 789',
    ]);
    expect(read[read.length - 1]).toBe('maren.dahl@example.no · +47 934 56 789');
    const fjord = technologiesByPosition(await extract('two-pages.pdf')).find(
      (position) => position.company === 'Fjord Labs AS',
    );
    // "Ported the legacy SOAP adapters to REST with Spring Boot" and Gatling stand on the second page.
    expect(fjord?.technologies).toEqual(expect.arrayContaining(['Java', 'Kafka', 'Spring Boot', 'Gatling']));
  });

  it('keeps a two-line head apart: the employer line, then the title with the dates at the right edge', async () => {
    const read = await lines('french-two-line.pdf');
    const at = read.indexOf('Dassault Systèmes — Vélizy');
    expect(read.slice(at, at + 2)).toEqual([
      'Dassault Systèmes — Vélizy',
      "Ingénieure logiciel senior    sept. 2020 – aujourd'hui",
    ]);
  });
});
