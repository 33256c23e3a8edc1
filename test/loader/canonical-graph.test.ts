import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { type CanonicalDump, canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * The canonical graph is what loading the current set of résumés from scratch gives. Whatever
 * order the operations came in (a reload of a changed résumé, a delete then an import), the graph
 * must end as that one: nothing the old version named and nobody names now survives, nothing
 * somebody still names goes.
 *
 * Ada's first version names things nobody else does: catalogue companies with a parent (Red Hat,
 * part of IBM), a company outside the catalogues, technologies from the catalogue (Lua, Elixir)
 * and outside it (Quuxlang), her own project, a school. The second keeps some (Lua), drops the
 * rest, and moves to Uber ATG (part of Uber, which the seed already has). Ben shares with Ada a
 * project (same id, same technologies), a school and Lua.
 */
const adaFirst = `
id: ada
basics: { label: Engineer }
work:
  - name: Red Hat, Inc.
    positions:
      - { position: SRE, startDate: 2015-01, endDate: 2017-12, technologies: [Lua, Elixir, Kubernetes] }
      - position: Lead
        startDate: 2018-01
        endDate: 2019-12
        technologies: [Quuxlang]
        projects:
          - { id: shared-telemetry, name: Shared telemetry, technologies: [Prometheus, Lua] }
          - { name: Orchard, technologies: [Elixir, Zig] }
  - name: Harrowgate Labs
    position: Founder
    startDate: 2020-01
    current: true
    technologies: [Quuxlang]
education:
  - { institution: Harrowgate Institute of Computing, studyType: B.S., startDate: 2010, endDate: 2014 }
  - { institution: Shared University, studyType: M.S., startDate: 2014, endDate: 2015 }
skills:
  - { name: Languages, keywords: [Elixir, OCaml] }
projects:
  - { name: Side project, technologies: [Zig] }
`;

const adaSecond = `
id: ada
basics: { label: Staff Engineer }
work:
  - name: Uber ATG
    positions:
      - { position: Staff Engineer, startDate: 2020-01, current: true, technologies: [Lua, Go] }
skills:
  - { name: Languages, keywords: [Go] }
`;

const ben = `
id: ben
basics: { label: Engineer }
work:
  - name: Stripe
    position: Engineer
    startDate: 2016-01
    endDate: 2019-06
    technologies: [Lua]
    projects:
      - { id: shared-telemetry, name: Shared telemetry, technologies: [Prometheus, Lua] }
education:
  - { institution: Shared University, studyType: B.S., startDate: 2010, endDate: 2014 }
`;

const seed = join(projectRoot, 'seed/resumes');
const others: ResumeSource[] = [seed, { file: 'ben.yaml', text: ben }];
const first: ResumeSource = { file: 'ada.yaml', text: adaFirst };
const second: ResumeSource = { file: 'ada.yaml', text: adaSecond };

async function load(sources: ResumeSource[]): Promise<void> {
  const summary = await loadResumes(testExecutor(), sources, { applySchema: false });
  expect(summary.failed).toEqual([]);
}

/** The graph after `steps`, run on an empty database. */
async function graphAfter(...steps: (() => Promise<unknown>)[]): Promise<CanonicalDump> {
  await clearDatabase();
  for (const step of steps) await step();
  return canonicalDump(testExecutor());
}

let fresh: CanonicalDump;
beforeAll(async () => {
  await applySchema(testExecutor());
  fresh = await graphAfter(() => load([...others, second]));
});

describe('one graph, whatever the order of operations', () => {
  it('a reload of the changed résumé gives the graph of a fresh load', async () => {
    const reloaded = await graphAfter(
      () => load([...others, first]),
      () => load([second]),
    );
    expect(reloaded).toEqual(fresh);
  });

  it('a delete and an import of the changed résumé give it too', async () => {
    const reimported = await graphAfter(
      () => load([...others, first]),
      () => deletePerson(testExecutor(), 'ada'),
      () => load([second]),
    );
    expect(reimported).toEqual(fresh);
  });

  it('a delete gives the graph of a fresh load without the person', async () => {
    const withoutAda = await graphAfter(() => load(others));
    expect(withoutAda).not.toEqual(fresh);
    const deleted = await graphAfter(
      () => load([...others, first]),
      () => deletePerson(testExecutor(), 'ada'),
    );
    expect(deleted).toEqual(withoutAda);
  });

  it('loading the first version again and back keeps to the same graph', async () => {
    const backAndForth = await graphAfter(
      () => load([...others, second]),
      () => load([first]),
      () => load([second]),
    );
    expect(backAndForth).toEqual(fresh);
  });
});
