import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import { NODE_LABELS } from '../../../src/graph/model.js';
import type { PersonSnapshot, StoredEdge } from '../../../src/graph/queries/snapshot-person.js';
import type { GraphPlan, Props } from '../../../src/loader/graph-plan.js';
import { diffPlan } from '../../../src/loader/plan-diff.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { readResume } from '../../../src/resume/read-resume.js';

/*
 * The diff of a plan against a snapshot, without a database: snapshots are written by hand as
 * snapshotPerson would return them (integers as numbers).
 */

let catalogue: Catalogue;
let plan: GraphPlan;
beforeAll(async () => {
  catalogue = await loadCatalogue();
  const resume = await readResume({
    file: 'p.yaml',
    text: `
id: p
work:
  - name: Stripe
    positions:
      - id: p-lead
        position: Lead
        startDate: 2020-01
        technologies: [Go, Kafka]
        projects: [{ id: p-own, name: Own, technologies: [Go] }]
skills: [{ name: Tools, keywords: [Docker] }]
`,
  });
  plan = planResumeGraph(resume, catalogue);
});

/** Stored form of planned properties: Neo4j gives integers back as numbers. */
const stored = (props: Props) =>
  Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]),
  );

/** Every planned node as already in the graph, unchanged. */
const allExisting = () =>
  NODE_LABELS.flatMap((label) =>
    plan.nodes[label].map((node) => ({ id: node.id, labels: [label, 'Entity'], props: stored(node.props) })),
  );

/** The person's relationships as the plan states them, and the USES a load derived from them. */
const plannedEdges = (): StoredEdge[] => [
  { type: 'HELD', from: 'p', to: 'p-lead', props: {} },
  { type: 'AT', from: 'p-lead', to: 'stripe', props: {} },
  { type: 'USED', from: 'p-lead', to: 'go', props: {} },
  { type: 'USED', from: 'p-lead', to: 'kafka', props: {} },
  { type: 'WORKED_ON', from: 'p-lead', to: 'p-own', props: {} },
  { type: 'SKILLED_IN', from: 'p', to: 'docker', props: { group: 'Tools' } },
  ...plan.edges.uses.map((row) => ({ type: 'USES', from: row.from, to: row.to, props: stored(row.props) })),
];

const nothingWritten = () => Object.fromEntries(NODE_LABELS.map((label) => [label, []]));

describe('diffPlan', () => {
  it('for a new person: writes every node and relationship, locks and unlinks nothing', () => {
    const diff = diffPlan(plan, { edges: [], existing: [], foreignRoles: [], projects: [], partOf: [] });
    expect(diff.staleEdges).toEqual([]);
    expect(diff.staleRoleIds).toEqual([]);
    expect(diff.nodesUpdated).toBe(0);
    expect(
      Object.fromEntries(NODE_LABELS.map((label) => [label, diff.nodeWrites[label].map((node) => node.id)])),
    ).toEqual({
      Person: ['p'],
      Role: ['p-lead'],
      Company: ['stripe'],
      Technology: ['docker', 'go', 'kafka'],
      Project: ['p-own'],
      School: [],
    });
    // By the endpoint other loads share (`to`), then `from`: the order locks are taken in.
    expect(diff.newEdges.map(({ kind, from, to }) => `${kind} ${from} ${to}`)).toEqual([
      'skilledIn p docker',
      'uses p docker',
      'uses p go',
      'roleUsed p-lead go',
      'projectUsed p-own go',
      'uses p kafka',
      'roleUsed p-lead kafka',
      'held p p-lead',
      'roleWorkedOn p-lead p-own',
      'at p-lead stripe',
    ]);
    expect(diff.touched).toEqual([]);
    expect(diff.unlinked).toEqual([]);
  });

  it('for an unchanged résumé: nothing at all', () => {
    const snapshot: PersonSnapshot = {
      edges: plannedEdges(),
      existing: allExisting(),
      foreignRoles: [],
      projects: [{ id: 'p-own', shared: false, technologies: ['go'] }],
      partOf: [],
    };
    expect(diffPlan(plan, snapshot)).toEqual({
      staleEdges: [],
      staleRoleIds: [],
      nodeWrites: nothingWritten(),
      nodesUpdated: 0,
      newEdges: [],
      touched: [],
      unlinked: [],
      reparented: [],
    });
  });

  it('for a company whose stored parent the catalogue no longer gives: that PART_OF goes, and the parent may be orphaned', () => {
    const snapshot: PersonSnapshot = {
      edges: plannedEdges(),
      existing: allExisting(),
      foreignRoles: [],
      projects: [{ id: 'p-own', shared: false, technologies: ['go'] }],
      // Stripe has no parent in the seed catalogue.
      partOf: [{ from: 'stripe', to: 'acme' }],
    };
    expect(diffPlan(plan, snapshot)).toEqual({
      staleEdges: [{ type: 'PART_OF', from: 'stripe', to: 'acme', props: {} }],
      staleRoleIds: [],
      nodeWrites: nothingWritten(),
      nodesUpdated: 0,
      newEdges: [],
      touched: ['stripe'],
      unlinked: ['acme'],
      reparented: ['stripe'],
    });
  });

  it('for a changed résumé: what it no longer states goes, and what only that named may be orphaned', () => {
    const snapshot: PersonSnapshot = {
      edges: [
        ...plannedEdges().filter((edge) => edge.type !== 'SKILLED_IN'),
        { type: 'SKILLED_IN', from: 'p', to: 'docker', props: { group: 'Old list' } },
        { type: 'USED', from: 'p-lead', to: 'rust', props: {} },
        { type: 'HELD', from: 'p', to: 'p-old', props: {} },
        { type: 'AT', from: 'p-old', to: 'acme', props: {} },
        { type: 'USED', from: 'p-old', to: 'java', props: {} },
        { type: 'USED', from: 'p-old', to: 'go', props: {} },
        { type: 'USES', from: 'p', to: 'rust', props: { weight: 3, current: false } },
      ],
      existing: allExisting(),
      foreignRoles: [],
      projects: [{ id: 'p-own', shared: false, technologies: ['go', 'mysql'] }],
      partOf: [],
    };
    const diff = diffPlan(plan, snapshot);
    expect(diff.staleRoleIds).toEqual(['p-old']);
    // The old role's own relationships go with it (DETACH DELETE), so they are not listed.
    expect(diff.staleEdges).toEqual([
      { type: 'SKILLED_IN', from: 'p', to: 'docker', props: { group: 'Old list' } },
      { type: 'USED', from: 'p-lead', to: 'rust', props: {} },
      { type: 'USES', from: 'p', to: 'rust', props: { weight: 3, current: false } },
      { type: 'USED', from: 'p-own', to: 'mysql', props: {} },
    ]);
    expect(diff.newEdges).toEqual([
      { kind: 'skilledIn', from: 'p', to: 'docker', props: { group: 'Tools' } },
    ]);
    // Go and Docker are still named, so not candidates; Docker only gets a new edge, so it is not
    // locked ahead (linking takes Neo4j's own lock).
    expect(diff.unlinked).toEqual(['acme', 'java', 'mysql', 'rust']);
    expect(diff.touched).toEqual([]);
    expect(diff.nodeWrites).toEqual(nothingWritten());
  });

  it('keeps the technologies other résumés gave a shared project, and rewrites changed nodes', () => {
    const existing = allExisting().map((node) =>
      node.id === 'kafka' ? { ...node, props: { ...node.props, category: 'old category' } } : node,
    );
    const snapshot: PersonSnapshot = {
      edges: plannedEdges(),
      existing,
      foreignRoles: [],
      projects: [{ id: 'p-own', shared: true, technologies: ['go', 'flink'] }],
      partOf: [],
    };
    const diff = diffPlan(plan, snapshot);
    expect(diff.staleEdges).toEqual([]);
    expect(diff.unlinked).toEqual([]);
    expect(diff.nodesUpdated).toBe(1);
    expect(diff.nodeWrites.Technology).toEqual([
      { id: 'kafka', props: plan.nodes.Technology.find((node) => node.id === 'kafka')?.props },
    ]);
    expect(diff.touched).toEqual(['kafka']);
  });
});
