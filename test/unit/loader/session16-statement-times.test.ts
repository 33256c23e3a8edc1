import { describe, expect, it, vi } from 'vitest';
import { cypher } from '../../../src/db/cypher-query.js';
import type { TransactionRunner } from '../../../src/db/Executor.js';
import { StatementTimes } from '../../../src/loader/statement-times.js';

/*
 * The per-statement clock bench:load reads (src/loader/statement-times.ts). The transaction runner
 * is written by hand (no database: the wrapper only times and passes through), and the clock is
 * stubbed, so every expected millisecond is known.
 */

const lock = cypher('loader.lockPeople', 'RETURN 1 AS one');
const edges = cypher('loader.createEdges', 'RETURN 2 AS two');

/** What the runner answers `edges` with. */
const edgesAnswer = {
  rows: [{ two: 2 }],
  counters: {
    nodesCreated: 1,
    nodesDeleted: 0,
    relationshipsCreated: 3,
    relationshipsDeleted: 0,
    propertiesSet: 4,
  },
};

/** A runner that answers `lock` with one row, `edges` with `edgesAnswer`, and fails anything else. */
const runner: TransactionRunner = {
  run: async <R>(query: { name: string }) => {
    if (query.name === lock.name) return [{ one: 1 }] as R[];
    throw new Error(`no such statement: ${query.name}`);
  },
  runWithCounters: async <R>() => edgesAnswer as { rows: R[]; counters: typeof edgesAnswer.counters },
};

/** performance.now answering `values` in turn. */
function clock(...values: number[]): void {
  const spy = vi.spyOn(performance, 'now');
  for (const value of values) spy.mockReturnValueOnce(value);
}

describe('StatementTimes', () => {
  it('sums calls and milliseconds per name, the largest time first, ties by name', () => {
    const times = new StatementTimes();
    times.add('b', 5);
    times.add('a', 2);
    times.add('b', 7);
    times.add('c', 12);
    times.add('a', 10);
    expect(times.entries()).toEqual([
      ['a', { calls: 2, ms: 12 }],
      ['b', { calls: 2, ms: 12 }],
      ['c', { calls: 1, ms: 12 }],
    ]);
  });

  it('hands out copies: a later add does not change entries read before', () => {
    const times = new StatementTimes();
    times.add('a', 1);
    const before = times.entries();
    times.add('a', 1);
    expect(before).toEqual([['a', { calls: 1, ms: 1 }]]);
    expect(times.entries()).toEqual([['a', { calls: 2, ms: 2 }]]);
  });

  it('times each statement under its query name and passes its answer through unchanged', async () => {
    const times = new StatementTimes();
    const tx = times.around(runner);
    clock(100, 130, 200, 205, 300, 340);
    await expect(tx.run(lock)).resolves.toEqual([{ one: 1 }]);
    // The very object the runner answered, not a copy.
    await expect(tx.runWithCounters(edges, { x: 1 })).resolves.toBe(edgesAnswer);
    await expect(tx.run(lock)).resolves.toEqual([{ one: 1 }]);
    expect(times.entries()).toEqual([
      ['loader.lockPeople', { calls: 2, ms: 70 }],
      ['loader.createEdges', { calls: 1, ms: 5 }],
    ]);
  });

  it('counts a statement that fails, and lets its error through', async () => {
    const times = new StatementTimes();
    clock(10, 25);
    await expect(times.around(runner).run(cypher('loader.other', 'RETURN 3'))).rejects.toThrow(
      'no such statement: loader.other',
    );
    expect(times.entries()).toEqual([['loader.other', { calls: 1, ms: 15 }]]);
  });
});
