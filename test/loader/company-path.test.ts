import { beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import { type LoadResumesOptions, loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * Person.companyPath (src/graph/career-path.ts `companyPath`) is derived data that careerMoves reads
 * instead of every role: after any load, reload or delete it must be the steps of the person's path
 * that their roles give, written with the person. The expected paths are worked out by hand from
 * the résumés below.
 */

const paths = cypher(
  'test.companyPaths',
  `MATCH (p:Person) RETURN p.id AS person, p.companyPath AS path ORDER BY person`,
);

const read = () => testExecutor().read<{ person: string; path: string[] | null }>(paths);

// Listed newest first, as résumés are: the path orders by dates. The 2017 contract at Lyft lies
// within the Uber ATG stay (a side job, not a step); the undated internship is no step either; the
// return to Uber ATG after Stripe is a step of its own.
const ann: ResumeSource = {
  file: 'ann.yaml',
  text: `
id: ann
work:
  - { name: Uber ATG, position: Principal Engineer, startDate: 2023-01, current: true }
  - { name: Stripe, position: Staff Engineer, startDate: 2021-03, endDate: 2022-12 }
  - { name: Lyft, position: Contractor, startDate: 2017-02, endDate: 2017-08 }
  - { name: Uber ATG, position: Engineer, startDate: 2016-01, endDate: 2020-06 }
  - { name: Harrowgate Labs, position: Intern }
`,
};

const bob = (secondEmployer: string): ResumeSource => ({
  file: 'bob.yaml',
  text: `
id: bob
work:
  - { name: ${secondEmployer}, position: Engineer, startDate: 2020-01, endDate: 2021-06 }
  - { name: Uber, position: Engineer, startDate: 2019-01, endDate: 2019-12 }
`,
});

const undated: ResumeSource = {
  file: 'cleo.yaml',
  text: `
id: cleo
work:
  - { name: Stripe, position: Engineer }
`,
};

async function load(sources: ResumeSource[], options: LoadResumesOptions = {}) {
  const summary = await loadResumes(testExecutor(), sources, { applySchema: false, ...options });
  expect(summary.failed).toEqual([]);
}

beforeAll(async () => {
  await applySchema(testExecutor());
  await clearDatabase();
});

describe('Person.companyPath kept by the loader and by deletePerson', () => {
  it('is written for every résumé of a batch: dated stays oldest first, side jobs and undated roles left out', async () => {
    await load([ann, bob('Lyft'), undated], { batchSize: 50, concurrency: 1 });
    expect(await read()).toEqual([
      { person: 'ann', path: ['uber-atg', 'stripe', 'uber-atg'] },
      { person: 'bob', path: ['uber', 'lyft'] },
      { person: 'cleo', path: [] },
    ]);
  });

  it("follows a reload's new employer, and an unchanged reload leaves it", async () => {
    await load([bob('Stripe')]);
    await load([ann]);
    expect(await read()).toEqual([
      { person: 'ann', path: ['uber-atg', 'stripe', 'uber-atg'] },
      { person: 'bob', path: ['uber', 'stripe'] },
      { person: 'cleo', path: [] },
    ]);
  });

  it('goes with the person on deletePerson', async () => {
    await deletePerson(testExecutor(), 'ann');
    expect(await read()).toEqual([
      { person: 'bob', path: ['uber', 'stripe'] },
      { person: 'cleo', path: [] },
    ]);
  });
});
