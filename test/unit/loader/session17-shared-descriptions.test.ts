import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import type { PersonSnapshot } from '../../../src/graph/queries/snapshot-person.js';
import type { GraphPlan } from '../../../src/loader/graph-plan.js';
import { diffPlan } from '../../../src/loader/plan-diff.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { compareDescriptions, describedProps } from '../../../src/loader/shared-descriptions.js';
import { readResume } from '../../../src/resume/read-resume.js';

/*
 * The one rule for nodes several résumés describe (src/loader/shared-descriptions.ts): one
 * description whole, the fullest, then the least by code unit; a project only its person works on
 * takes their words. Descriptions here are written by hand, so the expected order is known.
 */

describe('compareDescriptions', () => {
  it('puts the fullest description first, whatever its words', () => {
    const dated = { name: 'Zeta', description: 'z', startDate: '2020-01' };
    const undated = { name: 'Alpha', description: 'a' };
    expect(compareDescriptions('Project', dated, undated)).toBeLessThan(0);
    expect(compareDescriptions('Project', undated, dated)).toBeGreaterThan(0);
  });

  it('then compares the keys in turn by code unit: capitals before small letters', () => {
    expect(compareDescriptions('Technology', { name: 'QuuxLang' }, { name: 'Quuxlang' })).toBeLessThan(0);
    expect(compareDescriptions('School', { name: 'Ecole' }, { name: 'École' })).toBeLessThan(0);
    expect(
      compareDescriptions('Project', { name: 'A', description: 'y' }, { name: 'A', description: 'x' }),
    ).toBeGreaterThan(0);
    expect(compareDescriptions('Company', { name: 'Acme', searchText: 'x' }, { name: 'Acme' })).toBe(0);
  });

  it('is a total order: the first of any three is the same whichever pair is compared first', () => {
    const descriptions = [{ name: 'b' }, { name: 'B' }, { name: 'a' }, { name: 'B', description: 'd' }];
    const first = (items: Record<string, unknown>[]) =>
      items.reduce((best, item) => (compareDescriptions('Project', item, best) < 0 ? item : best));
    const expected = { name: 'B', description: 'd' };
    expect(first(descriptions)).toEqual(expected);
    expect(first([...descriptions].reverse())).toEqual(expected);
    expect(first([descriptions[2], descriptions[3], descriptions[0], descriptions[1]] as never)).toEqual(
      expected,
    );
  });
});

describe('describedProps', () => {
  const planned = { id: 'quuxlang', name: 'QuuxLang', normalised: false };
  it('replaces a stored description that comes later, keeps one that comes first', () => {
    expect(describedProps('Technology', planned, { id: 'quuxlang', name: 'Quuxlang' }, false)).toBe(planned);
    expect(
      describedProps('Technology', planned, { id: 'quuxlang', name: 'QUUXLANG' }, false),
    ).toBeUndefined();
  });

  it('never replaces a catalogue entry', () => {
    expect(
      describedProps('Technology', planned, { id: 'quuxlang', name: 'Zed', normalised: true }, false),
    ).toBeUndefined();
  });

  it("gives a project only its person works on that person's words", () => {
    const renamed = { id: 'p-own', name: 'Renamed' };
    expect(describedProps('Project', renamed, { id: 'p-own', name: 'Old', description: 'd' }, true)).toBe(
      renamed,
    );
    expect(
      describedProps('Project', renamed, { id: 'p-own', name: 'Old', description: 'd' }, false),
    ).toBeUndefined();
  });
});

describe('diffPlan of descriptions', () => {
  let catalogue: Catalogue;
  let plan: GraphPlan;
  beforeAll(async () => {
    catalogue = await loadCatalogue();
    const resume = await readResume({
      file: 'p.yaml',
      text: `
id: p
work:
  - name: Harrowgate Labs
    position: Lead
    startDate: 2020-01
    technologies: [Quuxlang]
    projects: [{ id: shared, name: Shared, description: Ours }]
`,
    });
    plan = planResumeGraph(resume, catalogue);
  });

  const snapshot = (existing: PersonSnapshot['existing'], shared: boolean): PersonSnapshot => ({
    edges: [],
    existing,
    foreignRoles: [],
    projects: existing.some((node) => node.id === 'shared')
      ? [{ id: 'shared', shared, technologies: [] }]
      : [],
    partOf: [],
  });

  it('writes a new description with `expect: {}`: the node must still be missing when written', () => {
    const diff = diffPlan(plan, snapshot([], false));
    expect(diff.nodeWrites.Technology).toEqual([
      { id: 'quuxlang', props: plan.nodes.Technology[0]?.props, expect: {} },
    ]);
    expect(diff.nodeWrites.Role.every((row) => row.expect === undefined)).toBe(true);
  });

  it('writes over a later description, expecting it; leaves one that comes first alone', () => {
    const later = { id: 'quuxlang', name: 'quuxlang', normalised: false };
    const diff = diffPlan(
      plan,
      snapshot([{ id: 'quuxlang', labels: ['Technology', 'Entity'], props: later }], false),
    );
    expect(diff.nodeWrites.Technology).toEqual([
      { id: 'quuxlang', props: plan.nodes.Technology[0]?.props, expect: later },
    ]);
    expect(diff.nodesUpdated).toBe(1);
    const earlier = { id: 'quuxlang', name: 'QUUXLANG', normalised: false };
    const kept = diffPlan(
      plan,
      snapshot([{ id: 'quuxlang', labels: ['Technology', 'Entity'], props: earlier }], false),
    );
    expect(kept.nodeWrites.Technology).toEqual([]);
  });

  it('a shared project keeps the fuller description another résumé gave; an own one takes this one', () => {
    const fuller = {
      id: 'shared',
      name: 'Shared',
      description: 'Theirs',
      startDate: '2019-01',
      searchText: 'Shared',
    };
    const stored = [{ id: 'shared', labels: ['Project', 'Entity'], props: fuller }];
    expect(diffPlan(plan, snapshot(stored, true)).nodeWrites.Project).toEqual([]);
    expect(diffPlan(plan, snapshot(stored, false)).nodeWrites.Project).toEqual([
      { id: 'shared', props: plan.nodes.Project[0]?.props, expect: fuller },
    ]);
  });
});
