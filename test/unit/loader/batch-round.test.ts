import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../../src/catalogue/load-catalogue.js';
import type { PeopleSnapshot } from '../../../src/graph/queries/snapshot-person.js';
import { type BatchMember, cutAtOrphans, planRound } from '../../../src/loader/batch-round.js';
import { planResumeGraph } from '../../../src/loader/plan-resume-graph.js';
import { readResume } from '../../../src/resume/read-resume.js';

/*
 * Rounds of a batch, without a database: snapshots are written by hand as snapshotPeople would
 * return them. Known answers: a later résumé sees what an earlier one writes; one that names a role
 * an earlier one holds, or a node an earlier one may orphan and nobody else keeps, waits for the
 * next round.
 */

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

async function member(id: string, body: string): Promise<BatchMember> {
  const resume = await readResume({ file: `${id}.yaml`, text: `id: ${id}\n${body}` });
  return { resume, plan: planResumeGraph(resume, catalogue) };
}

const empty: PeopleSnapshot = { people: [], existing: [], foreignRoles: [], projects: [], partOf: [] };

describe('planRound', () => {
  it('plans a later résumé against the nodes an earlier one writes: a shared node is written once', async () => {
    const ada = await member(
      'ada',
      'work: [{ name: Stripe, position: SRE, startDate: 2020-01, technologies: [Go] }]',
    );
    const ben = await member(
      'ben',
      'work: [{ name: Stripe, position: Dev, startDate: 2021-01, technologies: [Go] }]',
    );
    const round = planRound([ada, ben], empty);
    expect(round.rest).toEqual([]);
    expect(round.rejected).toEqual([]);
    const [first, second] = round.accepted;
    expect(first?.diff.nodeWrites.Company.map((row) => row.id)).toEqual(['stripe']);
    expect(first?.diff.nodeWrites.Technology.map((row) => row.id)).toEqual(['go']);
    expect(second?.diff.nodeWrites.Company).toEqual([]);
    expect(second?.diff.nodeWrites.Technology).toEqual([]);
    expect(second?.diff.nodeWrites.Person.map((row) => row.id)).toEqual(['ben']);
  });

  it('leaves a résumé naming a role an earlier one holds, and every one after it, for the next round', async () => {
    const ada = await member(
      'ada',
      'work: [{ name: Stripe, positions: [{ id: the-role, position: SRE, startDate: 2020-01 }] }]',
    );
    const ben = await member(
      'ben',
      'work: [{ name: Stripe, positions: [{ id: the-role, position: Dev, startDate: 2021-01 }] }]',
    );
    const cy = await member('cy', 'work: [{ name: Uber, position: Dev, startDate: 2021-01 }]');
    const round = planRound([ada, ben, cy], empty);
    expect(round.accepted.map(({ member }) => member.plan.personId)).toEqual(['ada']);
    expect(round.rest.map((rest) => rest.plan.personId)).toEqual(['ben', 'cy']);
  });
});

describe('cutAtOrphans', () => {
  /** Ada's graph holds project `telemetry`; her new résumé drops it, and Ben names it. */
  const snapshot: PeopleSnapshot = {
    people: [{ id: 'ada', edges: [{ type: 'WORKED_ON', from: 'ada', to: 'telemetry', props: {} }] }],
    existing: [
      { id: 'ada', labels: ['Person', 'Entity'], props: { id: 'ada' } },
      { id: 'telemetry', labels: ['Project', 'Entity'], props: { id: 'telemetry', name: 'Telemetry' } },
    ],
    foreignRoles: [],
    projects: [{ id: 'telemetry', claimant: 'ben', shared: false, technologies: [] }],
    partOf: [],
  };
  const adaNow = 'work: [{ name: Stripe, position: SRE, startDate: 2020-01 }]';
  const benNaming = 'projects: [{ id: telemetry, name: Telemetry by Ben }]';

  it('ends the round before a résumé naming what an earlier one may orphan', async () => {
    const round = planRound([await member('ada', adaNow), await member('ben', benNaming)], snapshot);
    expect(round.accepted[0]?.diff.unlinked).toEqual(['telemetry']);
    const cut = cutAtOrphans(round, new Map([['telemetry', ['telemetry']]]), new Set());
    expect(cut.accepted.map(({ member }) => member.plan.personId)).toEqual(['ada']);
    expect(cut.rest.map((rest) => rest.plan.personId)).toEqual(['ben']);
    expect(cut.candidates).toEqual(['telemetry']);
  });

  it('keeps the round whole when someone outside it keeps that node', async () => {
    const round = planRound([await member('ada', adaNow), await member('ben', benNaming)], snapshot);
    const cut = cutAtOrphans(round, new Map([['telemetry', ['telemetry']]]), new Set(['telemetry']));
    expect(cut.accepted.map(({ member }) => member.plan.personId)).toEqual(['ada', 'ben']);
    expect(cut.rest).toEqual([]);
  });
});
