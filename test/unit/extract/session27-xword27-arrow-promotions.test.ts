import { describe, expect, it } from 'vitest';
import { extractText, position, positions, technologiesByPosition } from './extract-text.js';

describe('a title written "X → Y" whose text dates Y: two positions split there', () => {
  it('splits at "Y from <month>" in a property-line entry, the bullets on the newest title', async () => {
    const result = await extractText(
      [
        '# Ines Vidal',
        '',
        '## Experience',
        '',
        '### Glovo',
        '',
        'Role: Backend Engineer → Staff Engineer',
        'Dates: April 2, 2018 → Present',
        '',
        '- Staff Engineer from March 2022, leading the courier-routing group',
        '- Rewrote dispatch in Go on Kafka',
      ].join('\n'),
      'cv.md',
    );
    expect(positions(result)).toEqual([
      position('Glovo', 'Staff Engineer', '2022-03', 'present'),
      position('Glovo', 'Backend Engineer', '2018-04-02', '2022-03'),
    ]);
    expect(technologiesByPosition(result).map((entry) => entry.technologies)).toEqual([['Go', 'Kafka'], []]);
  });

  it('splits at "Promoted to Y in <month>" under "X -> Y"', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Field Technician -> Network Engineer',
        'Vodacom - Pretoria',
        'May 2015 to August 2021',
        'Promoted to Network Engineer in February 2018.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([
      position('Vodacom', 'Network Engineer', '2018-02', '2021-08'),
      position('Vodacom', 'Field Technician', '2015-05', '2018-02'),
    ]);
  });

  it('keeps one position under the newest title when nothing dates the change', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Analyst -> Senior Analyst',
        'Absa - Johannesburg',
        'June 2016 to April 2020',
        '- Credit models in SAS, later Python.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Absa', 'Senior Analyst', '2016-06', '2020-04')]);
  });

  it('reads no promotion from a date that falls outside the entry', async () => {
    const result = await extractText(
      [
        'Experience',
        '',
        'Analyst -> Senior Analyst',
        'Absa - Johannesburg',
        'June 2016 to April 2020',
        '- Senior Analyst from May 2021 at the bank next door.',
      ].join('\n'),
    );
    expect(positions(result)).toEqual([position('Absa', 'Senior Analyst', '2016-06', '2020-04')]);
  });
});
