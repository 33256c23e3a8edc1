import { afterEach, describe, expect, it } from 'vitest';
import { testExecutor } from '../support/database.js';
import { patientLimit } from '../support/patience.js';
import { counting, LONG, settleOn, terminate } from '../support/transactions.js';

const firstRun = counting('test.planGateFirst');
const planned = counting('test.planGatePlanned');

afterEach(async () => {
  await terminate([firstRun.name, planned.name]);
});

describe('the plan gate', () => {
  // Waits for the first run, then for the two others (patientLimit: each may fail at PATIENCE_MS).
  it('runs a text not yet run since the database started alone: concurrent reads of it wait for that run', {
    timeout: patientLimit(2),
  }, async () => {
    const executor = testExecutor().withTimeout(30_000);
    const reads = Array.from({ length: 3 }, () =>
      executor.read(firstRun, { n: LONG }).catch((e: unknown) => e),
    );
    // The first run alone, however long it takes.
    const first = await settleOn([firstRun.name], 1);
    // It ends (terminated here; planned either way): the two others then run side by side.
    await terminate([firstRun.name]);
    const rest = await settleOn([firstRun.name], 2);
    await terminate([firstRun.name]);
    const answers = await Promise.all(reads);
    expect({
      first: first.length,
      rest: rest.length,
      failed: answers.filter((a) => a instanceof Error).length,
    }).toEqual({ first: 1, rest: 2, failed: 3 });
  });

  // A wait for the three reads (patientLimit: it may fail at PATIENCE_MS).
  it('runs reads of a text that has run at once, side by side', { timeout: patientLimit(1) }, async () => {
    const executor = testExecutor().withTimeout(30_000);
    expect(await executor.read(planned, { n: 3 })).toEqual([{ counted: 3 }]);
    const reads = Array.from({ length: 3 }, () =>
      executor.read(planned, { n: LONG }).catch((e: unknown) => e),
    );
    const seen = await settleOn([planned.name], 3);
    await terminate([planned.name]);
    await Promise.all(reads);
    expect(seen.length).toBe(3);
  });
});
