import { describe, expect, it } from 'vitest';
import { rankingRecall } from '../../../bench/compare/ranking-recall.js';

describe('rankingRecall', () => {
  it('counts identical answers, the share of the exact people found, and missed bests', () => {
    expect(
      rankingRecall([
        // Same people, same order.
        { bounded: ['a', 'b', 'c', 'd'], exact: ['a', 'b', 'c', 'd'] },
        // Same people, another order: full recall, not identical.
        { bounded: ['b', 'a', 'c', 'd'], exact: ['a', 'b', 'c', 'd'] },
        // Two of four found, the exact best among the missing.
        { bounded: ['c', 'd', 'x', 'y'], exact: ['a', 'b', 'c', 'd'] },
      ]),
    ).toEqual({ people: 3, identical: 1, recall: (1 + 1 + 0.5) / 3, bestMissed: 1 });
  });

  it('takes an empty exact answer as found, and no people as full recall', () => {
    expect(rankingRecall([{ bounded: [], exact: [] }])).toEqual({
      people: 1,
      identical: 1,
      recall: 1,
      bestMissed: 0,
    });
    expect(rankingRecall([])).toEqual({ people: 0, identical: 0, recall: 1, bestMissed: 0 });
  });
});
