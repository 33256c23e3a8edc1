import { isInt } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { createEdgesParams } from '../../../src/graph/queries/create-edges.js';

/*
 * createEdges writes a new person's TENURE with its relationships, finding every endpoint once:
 * the parameters name each id once, and a TENURE's role and company by the positions their
 * relationships use. Rows built by hand; the database test test/loader/role-tenures.test.ts checks
 * the TENURE a load leaves.
 */

describe('createEdgesParams with TENURE rows', () => {
  it('looks each endpoint up once, the TENURE rows naming the positions of their role and company', () => {
    const params = createEdgesParams(
      [
        { kind: 'held', from: 'ada', to: 'ada/role-1', props: {} },
        { kind: 'at', from: 'ada/role-1', to: 'acme', props: {} },
      ],
      [
        { role: 'ada/role-1', company: 'acme', props: { person: 'ada', start: 24_000n } },
        { role: 'ada/role-2', company: 'initech', props: { person: 'ada' } },
      ],
    );
    expect(params.ids).toEqual(['ada', 'ada/role-1', 'acme', 'ada/role-2', 'initech']);
    expect(params.tenures.map(({ a, b }) => [a.toNumber(), b.toNumber()])).toEqual([
      [1, 2],
      [3, 4],
    ]);
    const props = params.tenures[0]?.props ?? {};
    expect(props.person).toBe('ada');
    // Integers go as the driver's Integer, so Neo4j stores them as integers, not floats.
    expect(isInt(props.start) && props.start.toNumber()).toBe(24_000);
  });

  it('sends an empty TENURE list when there are none, so the statement keeps one parameter type', () => {
    const params = createEdgesParams([{ kind: 'held', from: 'ada', to: 'ada/role-1', props: {} }]);
    expect(params.tenures).toEqual([]);
    expect(params.ids).toEqual(['ada', 'ada/role-1']);
  });
});
