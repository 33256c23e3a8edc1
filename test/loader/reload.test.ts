import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { loadResume } from '../../src/loader/load-resume.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { LoadSummary } from '../../src/loader/load-summary.js';
import { readResume } from '../../src/resume/read-resume.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';

const v1 = `
id: reloader
basics: { label: Engineer }
work:
  - name: Acme Widgets
    positions:
      - id: reloader-acme-lead
        position: Lead
        startDate: 2020-01
        current: true
        technologies: [Kafka, Go]
        projects: [{ id: shared-pipeline, name: Shared pipeline, technologies: [Kafka] }]
      - id: reloader-acme-dev
        position: Developer
        startDate: 2018-01
        endDate: 2019-12
        technologies: [Java]
        projects: [{ id: reloader-legacy, name: Legacy system, technologies: [Java, MySQL] }]
  - name: Microsoft Corporation
    positions:
      - { id: reloader-ms, position: Intern, startDate: 2017, endDate: 2017, technologies: [C#] }
education:
  - { institution: Reload University, studyType: B.S., area: CS, startDate: 2013, endDate: 2017 }
skills:
  - { name: Languages, keywords: [Go, Java] }
projects:
  - { id: reloader-side, name: Side project, technologies: [Rust] }
`;

const v2 = `
id: reloader
basics: { label: Staff Engineer }
work:
  - name: Acme Widgets
    positions:
      - id: reloader-acme-lead
        position: Staff Lead
        startDate: 2020-01
        current: true
        technologies: [Go, Python]
        projects: [{ id: shared-pipeline, name: Shared pipeline, technologies: [Kafka] }]
skills:
  - { name: Tools, keywords: [Go] }
  - { name: Languages, keywords: [Python] }
`;

const neighbour = `
id: neighbour
work:
  - name: Acme Widgets
    positions:
      - id: neighbour-acme
        position: SRE
        startDate: 2019-06
        technologies: [Kafka, Java]
        projects: [{ id: shared-pipeline, name: Shared pipeline, technologies: [Kafka, Flink] }]
education: [{ institution: Reload University, studyType: M.S. }]
`;

const load = (text: string, name = 'reloader.yaml') => loadResumes(testExecutor(), [{ file: name, text }]);

const personEdges = cypher(
  'test.personEdges',
  `MATCH (p:Person {id: $id})-[r]->(x) WHERE NOT r:USES
   RETURN type(r) + ' ' + p.id + ' -> ' + x.id + ' ' + coalesce(r.group, '') AS edge
   UNION ALL
   MATCH (:Person {id: $id})-[:HELD]->(role:Role)-[r]->(x) WHERE NOT r:TENURE
   RETURN type(r) + ' ' + role.id + ' -> ' + x.id AS edge`,
);

async function edgesOf(id: string): Promise<string[]> {
  const rows = await testExecutor().read<{ edge: string }>(personEdges, { id });
  return rows.map((row) => row.edge.trim()).sort();
}

async function ids(label: 'Role' | 'Project' | 'School' | 'Company' | 'Technology'): Promise<string[]> {
  const rows = await testExecutor().read<{ id: string }>(
    cypher(`test.ids${label}`, `MATCH (n:${label}) RETURN n.id AS id ORDER BY id`),
  );
  return rows.map((row) => row.id);
}

describe('reloading a changed résumé', () => {
  let firstEdges: string[];
  let neighbourEdges: string[];
  let changed: LoadSummary;

  beforeAll(async () => {
    await applySchema(testExecutor());
    await clearDatabase();
    expect((await load(neighbour, 'neighbour.yaml')).failed).toEqual([]);
    expect((await load(v1)).failed).toEqual([]);
    firstEdges = await edgesOf('reloader');
    neighbourEdges = await edgesOf('neighbour');
    changed = await load(v2);
    expect(changed.failed).toEqual([]);
  });

  it('starts from the first version’s graph', () => {
    expect(firstEdges).toEqual(
      [
        'HELD reloader -> reloader-acme-lead',
        'HELD reloader -> reloader-acme-dev',
        'HELD reloader -> reloader-ms',
        'AT reloader-acme-lead -> acme-widgets',
        'AT reloader-acme-dev -> acme-widgets',
        'AT reloader-ms -> microsoft',
        'USED reloader-acme-lead -> kafka',
        'USED reloader-acme-lead -> go',
        'USED reloader-acme-dev -> java',
        'USED reloader-ms -> csharp',
        'WORKED_ON reloader-acme-lead -> shared-pipeline',
        'WORKED_ON reloader-acme-dev -> reloader-legacy',
        'WORKED_ON reloader -> reloader-side',
        'STUDIED_AT reloader -> reload-university',
        'SKILLED_IN reloader -> go Languages',
        'SKILLED_IN reloader -> java Languages',
      ].sort(),
    );
  });

  it('replaces the person’s roles, skills, education and projects, leaving no stale edge', async () => {
    expect(await edgesOf('reloader')).toEqual(
      [
        'HELD reloader -> reloader-acme-lead',
        'AT reloader-acme-lead -> acme-widgets',
        'USED reloader-acme-lead -> go',
        'USED reloader-acme-lead -> python',
        'WORKED_ON reloader-acme-lead -> shared-pipeline',
        'SKILLED_IN reloader -> go Tools',
        'SKILLED_IN reloader -> python Languages',
      ].sort(),
    );
    const [person] = await testExecutor().read(
      cypher(
        'test.reloader',
        "MATCH (p:Person {id: 'reloader'}) RETURN p.headline AS headline, p.label AS label",
      ),
    );
    expect(person).toEqual({ headline: 'Staff Engineer', label: 'Staff Engineer @ Acme Widgets' });
    const [role] = await testExecutor().read(
      cypher('test.lead', "MATCH (r:Role {id: 'reloader-acme-lead'}) RETURN r.title AS title"),
    );
    expect(role).toEqual({ title: 'Staff Lead' });
  });

  it('derives what the person uses now: the role’s technologies, the project’s, the skills', async () => {
    const uses = await testExecutor().read(
      cypher(
        'test.uses',
        `MATCH (:Person {id: 'reloader'})-[u:USES]->(t)
         RETURN t.id AS technology, u.weight AS weight, u.current AS current ORDER BY technology`,
      ),
    );
    // v2: the current lead role used Go and Python (3); its shared pipeline project Kafka (2).
    expect(uses).toEqual([
      { technology: 'go', weight: 3, current: true },
      { technology: 'kafka', weight: 2, current: false },
      { technology: 'python', weight: 3, current: true },
    ]);
  });

  it('deletes the roles no longer held and what nobody names any more (the orphan rule)', async () => {
    expect(await ids('Role')).toEqual(['neighbour-acme', 'reloader-acme-lead']);
    expect(await ids('Project')).toEqual(['shared-pipeline']);
    expect(await ids('School')).toEqual(['reload-university']);
    // reloader-acme-dev, reloader-ms, reloader-legacy, reloader-side; Microsoft (only the intern
    // role was there), C# (that role's), MySQL (the legacy project's), Rust (the side project's).
    expect(changed.nodesDeleted).toBe(8);
  });

  it('keeps the companies and technologies someone still names, and the other person untouched', async () => {
    expect(await ids('Company')).toEqual(['acme-widgets']);
    // Java and Kafka are the neighbour's, Flink the shared pipeline's.
    expect(await ids('Technology')).toEqual(['flink', 'go', 'java', 'kafka', 'python']);
    expect(await edgesOf('neighbour')).toEqual(neighbourEdges);
    const used = await testExecutor().read<{ id: string }>(
      cypher(
        'test.pipeline',
        "MATCH (:Project {id: 'shared-pipeline'})-[:USED]->(t) RETURN t.id AS id ORDER BY id",
      ),
    );
    expect(used).toEqual([{ id: 'flink' }, { id: 'kafka' }]);
  });

  it('gives the identical graph when the changed file is loaded again', async () => {
    const before = await canonicalDump(testExecutor());
    const again = await load(v2);
    expect(again).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });

  it('serialises concurrent loads of the same person: no duplicate edges', async () => {
    const catalogue = await loadCatalogue();
    const resume = await readResume({ file: 'reloader.yaml', text: v1 });
    const changedResume = await readResume({ file: 'reloader.yaml', text: v2 });
    await Promise.all([
      loadResume(testExecutor(), changedResume, catalogue),
      loadResume(testExecutor(), changedResume, catalogue),
      loadResume(testExecutor(), changedResume, catalogue),
    ]);
    expect(await edgesOf('reloader')).toHaveLength(7);
    await Promise.all([
      loadResume(testExecutor(), resume, catalogue),
      loadResume(testExecutor(), resume, catalogue),
    ]);
    expect(await edgesOf('reloader')).toEqual(firstEdges);
    await load(v2);
  });

  it('restores the first version’s part of the graph when that is loaded again', async () => {
    expect((await load(v1)).failed).toEqual([]);
    expect(await edgesOf('reloader')).toEqual(firstEdges);
    expect(await edgesOf('neighbour')).toEqual(neighbourEdges);
  });
});
