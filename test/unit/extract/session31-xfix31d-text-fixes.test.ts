import { describe, expect, it } from 'vitest';
import { federalBlocks } from '../../../src/extract/federal-blocks.js';
import { unleader } from '../../../src/extract/frames.js';
import { features } from '../../../src/extract/header-parts.js';
import { type DocLine, modelLines } from '../../../src/extract/line-model.js';
import { readOutline } from '../../../src/extract/outline.js';
import { extractText, roleRows, seedCatalogue, technologiesByPosition } from './extract-text.js';

/**
 * Session 31 (xfix31d): the federal flush-right path only for a posting, linear leaders and gaps, a slashed title's
 * later name a function, ":noexport:" entries and dated notes, AsciiDoc's closing signs.
 */

const lines = (text: string): DocLine[] => modelLines(text.split('\n').map((line) => ({ text: line })));

describe('federalBlocks and an ordinary résumé\'s "Title      dates" line', () => {
  it('leaves "Title   dates" over "Employer", "Supervisor:" and "Duties:" as it is (no posting label)', () => {
    const text = [
      'Lead Data Analyst                               11/2020 - Present',
      'Copperline Outfitters',
      'Supervisor: Wren Okafor',
      'Duties:',
      '- Built Tableau dashboards.',
      '',
      'Data Analyst                                    04/2017 - 10/2020',
      'Marlowe Grocers',
      'Supervisor: Pavel Ito',
      'Rank: n/a',
      'Duties:',
      '- Wrote SQL reports.',
    ].join('\n');
    const input = lines(text);
    expect(federalBlocks(input).map((line) => line.text)).toEqual(input.map((line) => line.text));
  });

  it('reads the title over its employer in such a résumé, read whole', async () => {
    expect(
      await roleRows(
        [
          'ROSALIND QUARTERMAINE',
          'rosalind.q@example.com',
          '',
          'EXPERIENCE',
          '',
          'Lead Data Analyst                               11/2020 - Present',
          'Copperline Outfitters',
          'Supervisor: Wren Okafor',
          'Duties:',
          '- Built Tableau dashboards.',
        ].join('\n'),
      ),
    ).toEqual([['Copperline Outfitters', 'Lead Data Analyst', '2020-11', 'present']]);
  });

  it('takes the flush path with no posting label when the agency holds no title word and the last name is a title', () => {
    const out = federalBlocks(
      lines(
        [
          'Naval Surface Warfare Center, Dahlgren Division          05/2014 - 07/2018',
          'Dahlgren, VA, US',
          'Supervisor: Colm Redfern',
          'Electronics Engineer',
          'Duties, Accomplishments and Related Skills:',
          '- Tested radar firmware.',
        ].join('\n'),
      ),
    ).map((line) => line.text);
    expect(out).toEqual([
      'Employer: Naval Surface Warfare Center | Department: Dahlgren Division | Job Title: Electronics Engineer | Location: Dahlgren, VA | Dates: 05/2014 - 07/2018',
      'Tested radar firmware.',
    ]);
  });

  it('reads a name of 20,000 spaces and a word before a single space and the dates as no flush-right line', () => {
    const text = [
      `Bureau of Reclamation${' '.repeat(20_000)}Denver 03/2019 - Present`,
      'Hours per week: 40',
      'Hydrologist',
      'Duties:',
      'Modelled reservoirs.',
    ].join('\n');
    expect(federalBlocks(lines(text)).map((line) => line.text)).toEqual(text.split('\n'));
  });
});

describe('unleader on long runs of dots', () => {
  const texts = (...input: string[]) => unleader(input.map((text) => ({ text }))).map((line) => line.text);

  it('leaves 20,000 dots with no text after them as they are, and reads them as a gap before text', () => {
    const dots = '.'.repeat(20_000);
    expect(texts(`Notes ${dots}`, `Staff Engineer${dots}Spotify`)).toEqual([
      `Notes ${dots}`,
      `Staff Engineer${' '.repeat(20_000)}Spotify`,
    ]);
  });
});

describe('a slashed title whose later name is a shop or a company', () => {
  it('reads "Title / Best Buy", "Title / Gap", "Title / Home Depot" as no title, "Title / Customer Service" as one', async () => {
    const catalogue = await seedCatalogue();
    const read = (text: string) => {
      const [line] = modelLines([{ text }]);
      return features(
        { line: line as DocLine, start: 0, end: text.length, text, index: 0, count: 1 },
        catalogue,
      ).title;
    };
    expect(
      [
        'Software Engineer / Best Buy',
        'Sales Associate / Gap',
        'Stock Clerk / Home Depot',
        'Cashier / Customer Service',
        'Barista / Help Desk',
      ].map(read),
    ).toEqual([0, 0, 0, 2, 2]);
  });
});

describe('readOutline and ":noexport:" entries and notes', () => {
  it("blanks an unexported entry's heading and a note's dates, keeps a phone number", () => {
    const out = readOutline(
      [
        '#+AUTHOR: Fionnuala Brennock',
        '* Experience',
        '** Site Reliability Engineer — Flipdish',
        '** Support Engineer — Intercom                :noexport:',
        '   - Tickets in Zendesk 2016 - 2018.',
        '* Notes                                       :noexport:',
        '  Call back on +353 1 555 0172.',
        '  Interview 2024-05-02 - 2024-05-09: read up on Kafka.',
        '  Trip 03/2024 - 04/2024.',
      ].map((text) => ({ text })),
    ).map((line) => line.text.trim());
    expect(out).toEqual([
      'AUTHOR: Fionnuala Brennock',
      'Experience',
      'Site Reliability Engineer — Flipdish',
      '',
      '',
      'Notes',
      'Call back on +353 1 555 0172.',
      '',
      '',
    ]);
  });

  it('gives no position to an unexported entry and no technology from dated notes, read whole', async () => {
    const result = await extractText(
      [
        '#+TITLE: CV',
        '#+AUTHOR: Fionnuala Brennock',
        '',
        '* Experience',
        '** Site Reliability Engineer — Flipdish',
        '   :PROPERTIES:',
        '   :DATES: <2020-06>--<2023-09>',
        '   :END:',
        '   - Terraform modules.',
        '** Support Engineer — Intercom                                  :noexport:',
        '   :PROPERTIES:',
        '   :DATES: <2017-01>--<2020-05>',
        '   :END:',
        '   - Answered tickets in Zendesk 2017 - 2020.',
        '',
        '* Notes                                                          :noexport:',
        '  Interview 2024-05-02 - 2024-05-09: brush up on Kafka and Elixir.',
      ].join('\n'),
    );
    expect(technologiesByPosition(result)).toEqual([
      { company: 'Flipdish', title: 'Site Reliability Engineer', technologies: ['Terraform'] },
    ]);
  });
});

describe('readOutline on an Org heading with a long run of blanks', () => {
  it('reads the title and the tags of a heading holding 20,000 spaces before a word', () => {
    const gap = ' '.repeat(20_000);
    const out = readOutline(
      ['#+TITLE: CV', `** Analyst${gap}Kestrel Freight${gap}:remote:`, `* Notes${gap}x`].map((text) => ({
        text,
      })),
    ).map((line) => [line.text.trim(), line.heading ?? 0]);
    expect(out).toEqual([
      ['TITLE: CV', 0],
      [`Analyst${gap}Kestrel Freight`, 2],
      [`Notes${gap}x`, 1],
    ]);
  });
});

describe('AsciiDoc titles closed by their own signs', () => {
  it('drops "===" closing "=== Developer, Allegro ===" from title and employer', async () => {
    expect(
      await roleRows(
        [
          '= Bartosz Wierzbinski',
          '',
          '== Experience ==',
          '',
          '=== Backend Developer, Allegro ===',
          '2019 - present',
          '',
          '* Java services on Kafka.',
          '',
          '=== Junior Developer, Comarch ===',
          '2016 - 2019',
        ].join('\n'),
      ),
    ).toEqual([
      ['Allegro', 'Backend Developer', '2019', 'present'],
      ['Comarch', 'Junior Developer', '2016', '2019'],
    ]);
  });
});
