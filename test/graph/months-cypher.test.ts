import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import {
  currentMonth,
  cypherCurrentMonth,
  cypherMonthNumber,
  cypherMonthText,
  cypherYearOfMonth,
  monthNumber,
  monthText,
  yearOfMonth,
} from '../../src/graph/months.js';
import { testExecutor } from '../support/database.js';

// The month encoding's Cypher helpers, evaluated by Neo4j, against the TypeScript ones: queries that
// place months in years (Technology.adoption) and the pages that draw them must agree at year ends.
const months = [
  0,
  11,
  12,
  monthNumber(1970, 1),
  monthNumber(2019, 12),
  monthNumber(2020, 1),
  monthNumber(2026, 6),
];

const evaluate = cypher(
  'test.months',
  `UNWIND $months AS month
   RETURN month, ${cypherYearOfMonth('month')} AS year, ${cypherMonthText('month')} AS text`,
);

describe('src/graph/months.ts in Cypher', () => {
  it('gives the same year and YYYY-MM as the TypeScript encoding, December and January included', async () => {
    const rows = await testExecutor().read(evaluate, { months });
    expect(rows).toEqual(
      months.map((month) => ({ month, year: yearOfMonth(month), text: monthText(month) })),
    );
    expect(rows.slice(4, 6)).toEqual([
      { month: monthNumber(2019, 12), year: 2019, text: '2019-12' },
      { month: monthNumber(2020, 1), year: 2020, text: '2020-01' },
    ]);
  });

  it('numbers a year and month, and this month, as the TypeScript encoding does', async () => {
    const dates = [
      { year: 0, month: 1 },
      { year: 2019, month: 12 },
      { year: 2020, month: 1 },
    ];
    const [row] = await testExecutor().read<{ numbers: number[]; now: number }>(
      cypher(
        'test.monthNumber',
        `RETURN [d IN $dates | ${cypherMonthNumber('d.year', 'd.month')}] AS numbers, ${cypherCurrentMonth()} AS now`,
      ),
      { dates },
    );
    expect(row?.numbers).toEqual([0, 2019 * 12 + 11, 2020 * 12]);
    expect(row?.numbers).toEqual(dates.map((date) => monthNumber(date.year, date.month)));
    // The two clocks may straddle a month's end between the query and this line: either month is right.
    expect([currentMonth(new Date(Date.now() - 60_000)), currentMonth()]).toContain(row?.now);
  });
});
