import { describe, expect, it } from 'vitest';
import { barredParts } from '../../../src/extract/entries.js';
import { extractText, roleRows, technologiesByPosition } from './extract-text.js';

/** Session 34 (audit of the portal-profile rules): English profiles the portal rules must keep reading right. */

const names = (technologies: readonly unknown[]) =>
  technologies.map((technology) =>
    typeof technology === 'string' ? technology : (technology as { name: string }).name,
  );

describe('barredParts', () => {
  it('parts a line at a bar or a middle dot with a space on each side, trimmed', () => {
    expect(barredParts('Retail | Customer service')).toEqual(['Retail', 'Customer service']);
    expect(barredParts('Rust ·  Tokio • gRPC')).toEqual(['Rust', 'Tokio', 'gRPC']);
    expect(barredParts('C|C++ and A·B')).toEqual(['C|C++ and A·B']);
  });

  it('reads a long run of spaces with no separator as one part', () => {
    const text = `Lisbon${' '.repeat(50_000)}Portugal`;
    expect(barredParts(text)).toEqual([text]);
  });
});

describe('a stacked profile header', () => {
  it('keeps employer, place and dates with their length open until the title under them', async () => {
    const text = [
      'Imogen Castellanos',
      '',
      'EXPERIENCE',
      '',
      'Quarrybrook Analytics',
      'Leeds, UK',
      'April 2019 – Present (4 years)',
      'Data Engineer',
      '- Built the nightly loads in Python.',
    ].join('\n');
    expect(await roleRows(text)).toEqual([['Quarrybrook Analytics', 'Data Engineer', '2019-04', 'present']]);
  });

  it('reads a line of technologies in the stack as the job’s, not as its employer', async () => {
    const text = [
      'Imogen Castellanos',
      '',
      'EXPERIENCE',
      '',
      'Data Engineer',
      'Quarrybrook Analytics',
      'Scala · Spark · Kafka',
      'Apr 2019 - Present',
      'Built the nightly loads.',
      '',
      'Analyst',
      'Fenwick Mutual',
      'Python · Pandas · Redis',
      'Sep 2015 - Mar 2019',
      'Wrote the claims reports.',
    ].join('\n');
    const rows = technologiesByPosition(await extractText(text));
    expect(rows.map((row) => [row.company, row.title])).toEqual([
      ['Quarrybrook Analytics', 'Data Engineer'],
      ['Fenwick Mutual', 'Analyst'],
    ]);
    expect(names(rows[1]?.technologies ?? [])).toEqual(expect.arrayContaining(['Python', 'Redis']));
  });
});
