import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/extract/dates.js';
import { roleRows as roles } from './extract-text.js';

/**
 * Session 19: the audit of the xroles/xdates merge (audit-x2). Every document is written here, so each expected
 * position is what its lines say.
 */

const person = ['Jane Roe', 'jane.roe@example.com', ''];

describe('a "Promoted to" line of its own (audit-x2, finding 1)', () => {
  it('opens the new title at the employer above when the line is a title and its year', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Developer, Larkspur Systems    2015 – 2018',
          'Promoted to Team Lead in 2017',
          'Shipped the iOS app.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Larkspur Systems', 'Developer', '2015', '2017'],
      ['Larkspur Systems', 'Team Lead', '2017', '2018'],
    ]);
  });

  it('leaves a line that runs on after the year as the text of the job, opening no position', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Software Engineer, Northwind Freight    2018 – 2023',
          'Promoted to Staff Engineer in 2022 and led the platform group',
          'Built the routing service in Go.',
          '',
          'Developer, Larkspur Systems    2015 – 2018',
          'Promoted to team lead in 2017 for the mobile group',
          '- Shipped the iOS app.',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Software Engineer', '2018', '2023'],
      ['Larkspur Systems', 'Developer', '2015', '2018'],
    ]);
  });

  it('adds no position for a note that repeats a dated title above it', async () => {
    expect(
      await roles(
        [
          ...person,
          'EXPERIENCE',
          '',
          'Northwind Freight    2016 – 2023',
          'Senior Software Engineer    2019 – 2023',
          'Software Engineer    2016 – 2019',
          'Promoted to Senior Software Engineer in 2019',
        ].join('\n'),
      ),
    ).toEqual([
      ['Northwind Freight', 'Senior Software Engineer', '2019', '2023'],
      ['Northwind Freight', 'Software Engineer', '2016', '2019'],
    ]);
  });
});
