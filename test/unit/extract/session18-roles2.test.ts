import { describe, expect, it } from 'vitest';
import { roleRows } from './extract-text.js';

/** Session 18 (roles2): header layouts the metamorphic variants missed, as general rules on constructed résumés. */

const header = ['Ines Okafor', 'ines.okafor@example.com', '', 'Experience', ''];

async function rolesOf(...lines: string[]) {
  return roleRows([...header, ...lines].join('\n'));
}

describe('a place line votes only for place lines', () => {
  it('keeps the employer of "Title, Company" under its dates when that entry has no place line', async () => {
    expect(
      await rolesOf(
        'March 2021 - Present',
        'Platform Engineer, Kestrel Freight Lda.',
        'Porto, Portugal',
        'Runs the deployment pipeline for the routing services.',
        '',
        'June 2018 - February 2021',
        'Backend Developer, Lumenpath',
        'Braga, Portugal',
        'Wrote the booking services for the clinics.',
        '',
        'September 2016 - May 2018',
        'Software Developer, Orvalho',
        'Built internal tools for the design team.',
      ),
    ).toEqual([
      ['Kestrel Freight Lda.', 'Platform Engineer', '2021-03', 'present'],
      ['Lumenpath', 'Backend Developer', '2018-06', '2021-02'],
      ['Orvalho', 'Software Developer', '2016-09', '2018-05'],
    ]);
  });
});
