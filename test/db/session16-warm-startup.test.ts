import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';
import type { GateEvent } from '../../src/db/plan-gate.js';
import { WARM_READS } from '../../src/server/warm-reads.js';

/*
 * The start-up warm-up (issue 11 point 8, issue 12): an API started on a database that has not
 * planned its career queries plans them ahead, heaviest first, through the plan gate, and lets a
 * request's own first run go first. Observed through the gate's record of the runs it let
 * through, on an executor of its own (its gate has planned nothing yet), never by timing.
 */

let executor: Executor | undefined;
afterAll(async () => {
  await executor?.close();
});

describe('the warm-up of the API reads at start', () => {
  it('plans every listed read in order, as warm-up runs, after the first run a request had begun', async () => {
    const { uri, user, password } = inject('database');
    executor = connect({ uri, user, password, database: undefined }, 'api', {
      timeoutMs: 60_000,
      warmReads: WARM_READS,
    });
    const events: GateEvent[] = [];
    const unobserve = executor.planGate.observe((event) => events.push(event));
    // A text of its own, never run before: this request's run is the text's first.
    const requested = cypher('warm.requested', `RETURN $x AS x // ${randomUUID()}`);
    try {
      const request = executor.withDeadline(60_000).read(requested, { x: 7 });
      const warmed = executor.warmUp();
      const answer = await request;
      await warmed;
      // Planned now: a request for a listed text runs at once.
      await executor.withDeadline(60_000).read(WARM_READS[0]?.query ?? requested, WARM_READS[0]?.params);
      expect({ answer, events }).toEqual({
        answer: [{ x: 7 }],
        events: [
          { text: requested.text, run: 'first', warming: false, planned: true },
          ...WARM_READS.map(({ query }) => ({
            text: query.text,
            run: 'first',
            warming: true,
            planned: true,
          })),
          { text: WARM_READS[0]?.query.text, run: 'planned', warming: false },
        ],
      });
    } finally {
      unobserve();
    }
    // Planning a dozen texts on a cold database takes minutes on a machine loaded past its cores.
  }, 600_000);

  it('lists each text once, heaviest to plan first (the colleagues query, measured)', () => {
    const texts = WARM_READS.map(({ query }) => query.text);
    expect({ distinct: new Set(texts).size, first: WARM_READS[0]?.query.name }).toEqual({
      distinct: texts.length,
      first: 'colleagues',
    });
  });
});
