import { describe, expect, it } from 'vitest';
import type { StoredEdge } from '../../../src/graph/queries/snapshot-person.js';
import type { EdgeRow, GraphPlan } from '../../../src/loader/graph-plan.js';
import type { PlanDiff } from '../../../src/loader/plan-diff.js';
import { versionedTechnologies } from '../../../src/loader/similar-lists.js';

/** A plan whose person uses `uses` (technology id → weight); nothing else is read. */
function plan(uses: Record<string, number>): GraphPlan {
  const rows: EdgeRow[] = Object.entries(uses).map(([to, weight]) => ({
    from: 'p',
    to,
    props: { weight: BigInt(weight) },
  }));
  return { edges: { uses: rows } } as unknown as GraphPlan;
}

/** A diff with stale stored USES (and other stale rows) and new USES rows. */
function diff(stale: StoredEdge[], added: Record<string, Record<string, bigint>>): PlanDiff {
  const newEdges = Object.entries(added).map(([to, props]) => ({ kind: 'uses', from: 'p', to, props }));
  return { staleEdges: stale, newEdges } as unknown as PlanDiff;
}

const storedUse = (to: string, props: Record<string, unknown>): StoredEdge => ({
  type: 'USES',
  from: 'p',
  to,
  props,
});

describe('versionedTechnologies: what a load changes for similarPeople', () => {
  it('a first load: every technology the person uses, in lock order', () => {
    expect(
      versionedTechnologies(plan({ rust: 3, go: 1 }), diff([], { rust: { weight: 3n }, go: { weight: 1n } })),
    ).toEqual(['go', 'rust']);
  });

  it('no USES changed, or only their months: none', () => {
    expect(versionedTechnologies(plan({ rust: 3 }), diff([], {}))).toEqual([]);
    expect(
      versionedTechnologies(
        plan({ rust: 3, go: 1 }),
        diff([storedUse('rust', { weight: 3, months: 5 })], { rust: { weight: 3n, months: 7n } }),
      ),
    ).toEqual([]);
    // A stale relationship of another type (a project's technology) says nothing of USES.
    expect(
      versionedTechnologies(
        plan({ rust: 3 }),
        diff([{ type: 'USED', from: 'x', to: 'kafka', props: {} }], {}),
      ),
    ).toEqual([]);
  });

  it('a weight changed: every technology, the unchanged ones too (the person’s total weight changed)', () => {
    expect(
      versionedTechnologies(
        plan({ rust: 2, go: 1 }),
        diff([storedUse('rust', { weight: 3 })], { rust: { weight: 2n } }),
      ),
    ).toEqual(['go', 'rust']);
  });

  it('a technology dropped or added: those used before and those used now', () => {
    expect(versionedTechnologies(plan({ rust: 3 }), diff([storedUse('kafka', { weight: 1 })], {}))).toEqual([
      'kafka',
      'rust',
    ]);
    expect(versionedTechnologies(plan({ rust: 3, scala: 2 }), diff([], { scala: { weight: 2n } }))).toEqual([
      'rust',
      'scala',
    ]);
    expect(versionedTechnologies(plan({}), diff([storedUse('rust', { weight: 3 })], {}))).toEqual(['rust']);
  });
});
