import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { generateResumes } from '../../src/generate/generate-resumes.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { monthNumber } from '../../src/graph/months.js';
import { OPEN_END, refreshRoleTenures } from '../../src/graph/queries/role-tenures.js';
import { deletePerson } from '../../src/graphql/mutations/delete-person.js';
import { type LoadResumesOptions, loadResumes } from '../../src/loader/load-resumes.js';
import type { ResumeSource } from '../../src/resume/read-resume.js';
import { clearDatabase, testExecutor } from '../support/database.js';

/*
 * TENURE (src/graph/queries/role-tenures.ts) is derived data: after any load or delete it must be
 * what the roles, their companies and the catalogue parents say, written in the transaction that
 * changed them. The expected rows below are worked out by hand from the résumés: a role gets one
 * when it has a company, a start and an end or "current"; `group` is the company's top company.
 */

const tenures = cypher(
  'test.tenures',
  `MATCH (r:Role)-[t:TENURE]->(c:Company)
   RETURN r.id AS role, c.id AS company, properties(t) AS props
   ORDER BY role`,
);

interface Tenure {
  role: string;
  company: string;
  props: Record<string, unknown>;
}

/** The TENURE of a role at `company` in `group`, for `person`, from `from` to `to` (inclusive) or current. */
function tenure(
  role: string,
  company: string,
  group: string,
  from: [number, number],
  to: [number, number] | 'current',
): Tenure {
  const start = monthNumber(...from);
  const person = role.replace(/-w\d+-p\d+$/, '');
  if (to === 'current') {
    return { role, company, props: { group, person, role, start, last: OPEN_END, negLast: -OPEN_END } };
  }
  const last = monthNumber(...to);
  return {
    role,
    company,
    props: { group, person, role, start, last, negLast: -last, negLength: -(last - start + 1) },
  };
}

const read = () => testExecutor().read<Tenure>(tenures);

const ann: ResumeSource = {
  file: 'ann.yaml',
  text: `
id: ann
work:
  - { name: Uber ATG, position: Engineer, startDate: 2018-01, endDate: 2020-06 }
  - { name: Stripe, position: Staff Engineer, startDate: 2021-03, current: true }
  - { name: Harrowgate Labs, position: Intern }
`,
};

const bob = (endDate: string): ResumeSource => ({
  file: 'bob.yaml',
  text: `
id: bob
work:
  - { name: Uber, position: Engineer, startDate: 2019-01, endDate: ${endDate} }
`,
});

const carl: ResumeSource = {
  file: 'carl.yaml',
  text: `
id: carl
work:
  - { name: Uber ATG, position: Engineer, startDate: 2022-01, endDate: 2022-02 }
`,
};

const dan: ResumeSource = {
  file: 'dan.yaml',
  text: `
id: dan
work:
  - { name: Uber ATG, position: Manager, startDate: 2015-03, current: true }
`,
};

let dir: string;
/** The seed catalogues, but Uber ATG with no parent (in seed/companies.json it is part of Uber). */
let withoutParent: Catalogue;
let seedCatalogue: Catalogue;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'role-tenures-'));
  await cp(join(projectRoot, 'seed/technologies.json'), join(dir, 'technologies.json'));
  const companies = JSON.parse(await readFile(join(projectRoot, 'seed/companies.json'), 'utf8')) as {
    id: string;
    parent?: string;
  }[];
  const uberAtg = companies.find((company) => company.id === 'uber-atg');
  expect(uberAtg?.parent).toBe('uber');
  await writeFile(
    join(dir, 'companies.json'),
    JSON.stringify(
      companies.map((company) => (company === uberAtg ? { ...company, parent: undefined } : company)),
    ),
  );
  withoutParent = await loadCatalogue(dir);
  seedCatalogue = await loadCatalogue();
  await applySchema(testExecutor());
  await clearDatabase();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(sources: ResumeSource[], catalogue: Catalogue, options: LoadResumesOptions = {}) {
  const summary = await loadResumes(testExecutor(), sources, { applySchema: false, catalogue, ...options });
  expect(summary.failed).toEqual([]);
}

const annAtg = (group: string) => tenure('ann-w0-p0', 'uber-atg', group, [2018, 1], [2020, 6]);
const annStripe = tenure('ann-w1-p0', 'stripe', 'stripe', [2021, 3], 'current');
const bobUber = (lastMonth: number) => tenure('bob-w0-p0', 'uber', 'uber', [2019, 1], [2019, lastMonth]);
const carlAtg = tenure('carl-w0-p0', 'uber-atg', 'uber', [2022, 1], [2022, 2]);

describe('TENURE kept by the batched loader and by deletePerson', () => {
  it('is written for the dated roles of every résumé of a batch, in their load', async () => {
    await load([ann, bob('2019-12')], withoutParent, { batchSize: 50, concurrency: 1 });
    // ann's internship has no dates: no TENURE. Uber ATG has no parent in this catalogue.
    expect(await read()).toEqual([annAtg('uber-atg'), annStripe, bobUber(12)]);
  });

  it("moves other people's roles to the new top company when a load gives their company a parent", async () => {
    await load([carl], seedCatalogue);
    expect(await read()).toEqual([annAtg('uber'), annStripe, bobUber(12), carlAtg]);
  });

  it("follows a reload's new dates", async () => {
    await load([bob('2019-06')], seedCatalogue);
    expect(await read()).toEqual([annAtg('uber'), annStripe, bobUber(6), carlAtg]);
  });

  it("goes with the person's roles on deletePerson, counted apart from what the résumé stated", async () => {
    const result = await deletePerson(testExecutor(), 'ann');
    // HELD ×3, AT ×3: the stated relationships of ann's three roles.
    expect(result.relationshipsDeleted).toBe(6);
    expect(await read()).toEqual([bobUber(6), carlAtg]);
  });

  it('moves roles back to their company when a catalogue reload takes its parent away, and the parent goes', async () => {
    const companies = cypher(
      'test.companies',
      `MATCH (c:Company)
       RETURN c.id AS id, [(c)-[:PART_OF]->(p) | p.id] AS parents
       ORDER BY id`,
    );
    await deletePerson(testExecutor(), 'bob');
    // Uber stays: Uber ATG, part of it, has carl's role.
    expect(await testExecutor().read(companies)).toEqual([
      { id: 'uber', parents: [] },
      { id: 'uber-atg', parents: ['uber'] },
    ]);
    // carl and dan in one transaction: both name Uber ATG, whose stored parent the catalogue no longer gives.
    await load([carl, dan], withoutParent, { batchSize: 50, concurrency: 1 });
    expect(await read()).toEqual([
      tenure('carl-w0-p0', 'uber-atg', 'uber-atg', [2022, 1], [2022, 2]),
      tenure('dan-w0-p0', 'uber-atg', 'uber-atg', [2015, 3], 'current'),
    ]);
    expect(await testExecutor().read(companies)).toEqual([{ id: 'uber-atg', parents: [] }]);
  });
});

describe('TENURE of a first load', () => {
  it('is what refreshRoleTenures makes of the stored graph: refreshing every person afterwards changes nothing', async () => {
    await clearDatabase();
    const sources = generateResumes({ people: 40, seed: 5, catalogue: seedCatalogue }).map((resume) => ({
      file: resume.fileName,
      text: stringify(resume.document),
    }));
    await load(sources, seedCatalogue, { batchSize: 7, concurrency: 2 });
    const written = await read();
    // Generated careers are dated, so most roles have one; some of their employers have parents.
    expect(written.length).toBeGreaterThan(40);
    expect(written.some((row) => row.props.group !== row.company)).toBe(true);
    const [people] = await testExecutor().read<{ ids: string[] }>(
      cypher('test.personIds', 'MATCH (p:Person) RETURN collect(p.id) AS ids'),
    );
    const counters = await testExecutor().transaction('test.refreshAll', async (tx) => {
      const { counters } = await tx.runWithCounters(refreshRoleTenures, {
        personIds: people?.ids ?? [],
        companyIds: [],
      });
      return counters;
    });
    expect(counters).toMatchObject({ relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 });
    expect(await read()).toEqual(written);
  });
});
