import { describe, expect, it } from 'vitest';
import { EDGE_KIND_NAMES } from '../../../src/graph/edge-kinds.js';
import { MAX_PARENT_DEPTH, NODE_LABELS } from '../../../src/graph/model.js';
import { OPEN_END } from '../../../src/graph/queries/role-tenures.js';
import type { GraphPlan, Props } from '../../../src/loader/graph-plan.js';
import { plannedRoleTenures } from '../../../src/loader/role-tenures.js';

/*
 * The TENURE a first load writes from the plans (the database test test/loader/role-tenures.test.ts
 * checks them against refreshRoleTenures on a loaded graph). Plans built by hand: roles, their
 * companies and the companies' parent chains.
 */

function plan(
  roles: { id: string; company: string; props: Props }[],
  parents: [string, string][] = [],
): GraphPlan {
  const result: GraphPlan = {
    personId: 'p',
    nodes: Object.fromEntries(NODE_LABELS.map((label) => [label, []])) as unknown as GraphPlan['nodes'],
    edges: Object.fromEntries(EDGE_KIND_NAMES.map((kind) => [kind, []])) as unknown as GraphPlan['edges'],
    unnormalised: [],
  };
  for (const role of roles) {
    result.nodes.Role.push({
      id: role.id,
      props: { id: role.id, ...role.props },
      mode: 'replace',
      origin: '',
    });
    result.edges.at.push({ from: role.id, to: role.company, props: {} });
  }
  for (const [from, to] of parents) result.edges.partOf.push({ from, to, props: {} });
  return result;
}

describe('plannedRoleTenures', () => {
  it('gives a dated role its top company, its months, and the negated forms the indexes sort by', () => {
    const rows = plannedRoleTenures([
      plan(
        [
          { id: 'p-ended', company: 'atg', props: { startMonth: 10n, endMonth: 21n } },
          { id: 'p-now', company: 'stripe', props: { startMonth: 30n, endMonth: 31n, current: true } },
        ],
        [
          ['atg', 'uber'],
          ['uber', 'holding'],
        ],
      ),
    ]);
    expect(rows).toEqual([
      {
        role: 'p-ended',
        company: 'atg',
        props: {
          group: 'holding',
          person: 'p',
          role: 'p-ended',
          start: 10n,
          last: 21n,
          negLast: -21n,
          negLength: -12n,
        },
      },
      {
        role: 'p-now',
        company: 'stripe',
        props: {
          group: 'stripe',
          person: 'p',
          role: 'p-now',
          start: 30n,
          last: BigInt(OPEN_END),
          negLast: BigInt(-OPEN_END),
        },
      },
    ]);
  });

  it('gives none to a role without a start, or without an end that is not current', () => {
    const rows = plannedRoleTenures([
      plan([
        { id: 'p-undated', company: 'c', props: {} },
        { id: 'p-open', company: 'c', props: { startMonth: 3n } },
        { id: 'p-no-start', company: 'c', props: { endMonth: 3n, current: true } },
      ]),
    ]);
    expect(rows).toEqual([]);
  });

  it(`leaves the group out when the parent chain goes on past ${MAX_PARENT_DEPTH} steps, as the refresh reads it`, () => {
    const chain = (steps: number): [string, string][] =>
      Array.from({ length: steps }, (_, i) => [`c${i}`, `c${i + 1}`]);
    const role = { id: 'p-r', company: 'c0', props: { startMonth: 1n, endMonth: 1n } };
    const [within] = plannedRoleTenures([plan([role], chain(MAX_PARENT_DEPTH))]);
    const [beyond] = plannedRoleTenures([plan([role], chain(MAX_PARENT_DEPTH + 1))]);
    expect(within?.props.group).toBe(`c${MAX_PARENT_DEPTH}`);
    expect(beyond?.props).toEqual({
      person: 'p',
      role: 'p-r',
      start: 1n,
      last: 1n,
      negLast: -1n,
      negLength: -1n,
    });
  });
});
