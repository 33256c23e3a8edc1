import { describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import {
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
});
