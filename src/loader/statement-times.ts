import type { TransactionRunner } from '../db/Executor.js';

/** Time spent in one named statement over a run: its calls and their summed wall-clock milliseconds. */
export interface StatementTime {
  calls: number;
  ms: number;
}

/**
 * Where a load's transactions spend their time, per named statement (from the client: the
 * statement's server time plus any wait for another transaction's locks), and in whole
 * transactions (`transaction`: the statements, the loader's own planning between them, and the
 * commit), and in the steps of a run around them (src/loader/load-resumes.ts, LOAD_STEPS). Two
 * transactions run at once, so the sums exceed the wall clock. Opt-in (bench:load):
 * a load without it runs no clock.
 */
export class StatementTimes {
  private readonly times = new Map<string, StatementTime>();

  add(name: string, ms: number): void {
    const known = this.times.get(name);
    if (known) {
      known.calls += 1;
      known.ms += ms;
    } else this.times.set(name, { calls: 1, ms });
  }

  /** Every name with its calls and milliseconds, the largest time first. */
  entries(): [string, StatementTime][] {
    return [...this.times.entries()]
      .map(([name, time]): [string, StatementTime] => [name, { ...time }])
      .sort(([a, x], [b, y]) => y.ms - x.ms || (a < b ? -1 : 1));
  }

  /** `work`'s time (whether it succeeds or not) added under `name`. */
  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(name, performance.now() - start);
    }
  }

  /** `tx`, with every statement's time (successful or not) added under its query's name. */
  around(tx: TransactionRunner): TransactionRunner {
    return {
      run: (query, params) => this.time(query.name, () => tx.run(query, params)),
      runWithCounters: (query, params) => this.time(query.name, () => tx.runWithCounters(query, params)),
    };
  }
}
