import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/config.js';
import { cypher } from '../../src/db/cypher-query.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import { collectResumeFiles } from '../../src/loader/collect-resume-files.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import type { LoadSummary } from '../../src/loader/load-summary.js';
import { seedExpected as expected, type PersonId } from '../fixtures/seed-expected.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase, testExecutor } from '../support/database.js';
import { graphCounts } from '../support/graph-counts.js';

const seedFiles = () => collectResumeFiles([join(projectRoot, 'seed/resumes')]);
const sorted = (values: readonly string[]) => [...values].sort();
const people = expected.personIds;

const technologiesReached = cypher(
  'test.technologiesReached',
  `MATCH (p:Person {id: $personId})
   CALL (p) {
     MATCH (p)-[:HELD]->(:Role)-[:USED]->(t:Technology) RETURN t
     UNION MATCH (p)-[:HELD]->(:Role)-[:WORKED_ON]->(:Project)-[:USED]->(t:Technology) RETURN t
     UNION MATCH (p)-[:WORKED_ON]->(:Project)-[:USED]->(t:Technology) RETURN t
     UNION MATCH (p)-[:SKILLED_IN]->(t:Technology) RETURN t
   }
   RETURN collect(DISTINCT t.id) AS ids`,
);

async function reached(personId: string): Promise<string[]> {
  const [row] = await testExecutor().read<{ ids: string[] }>(technologiesReached, { personId });
  return sorted(row?.ids ?? []);
}

/**
 * An oracle for the USED counts that shares nothing with the loader: it reads the seed YAML and the
 * technology catalogue directly, resolves each name by a case-insensitive match on id, name or alias
 * (every seed spelling is one of them, up to letter case), and counts distinct technologies per role
 * and per project node (a project named in two roles is one node: the union of its technologies).
 */
interface OracleProject {
  id?: string;
  name: string;
  technologies?: string[];
  keywords?: string[];
}
interface OraclePosition {
  id?: string;
  technologies?: string[];
  projects?: OracleProject[];
}
interface OracleResume {
  id: PersonId;
  work?: (OraclePosition & { positions?: OraclePosition[] })[];
  projects?: OracleProject[];
}

async function usedOracle(): Promise<{
  roleUsed: Record<PersonId, number>;
  projectUsed: Record<PersonId, number>;
}> {
  const catalogue = parse(await readFile(join(projectRoot, 'seed/technologies.json'), 'utf8')) as {
    id: string;
    name: string;
    aliases?: string[];
  }[];
  const bySpelling = new Map<string, string>();
  for (const entry of catalogue) {
    for (const spelling of [entry.id, entry.name, ...(entry.aliases ?? [])]) {
      const known = bySpelling.get(spelling.toLowerCase());
      if (known !== undefined && known !== entry.id)
        throw new Error(`"${spelling}" names ${known} and ${entry.id}`);
      bySpelling.set(spelling.toLowerCase(), entry.id);
    }
  }
  const resolve = (name: string): string => {
    const id = bySpelling.get(name.toLowerCase());
    if (id === undefined) throw new Error(`"${name}" is not in seed/technologies.json`);
    return id;
  };
  const distinct = (names: readonly string[] = []) => new Set(names.map(resolve));

  const roleUsed = {} as Record<PersonId, number>;
  const projectUsed = {} as Record<PersonId, number>;
  const dir = join(projectRoot, 'seed/resumes');
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.yaml'))) {
    const resume = parse(await readFile(join(dir, file), 'utf8')) as OracleResume;
    const projects = new Map<string, Set<string>>();
    const addProject = (project: OracleProject) => {
      if (project.id === undefined) throw new Error(`${file}: project "${project.name}" has no id`);
      const used = projects.get(project.id) ?? new Set<string>();
      for (const id of distinct([...(project.technologies ?? []), ...(project.keywords ?? [])])) used.add(id);
      projects.set(project.id, used);
    };
    let roles = 0;
    for (const work of resume.work ?? []) {
      for (const position of work.positions ?? [work]) {
        roles += distinct(position.technologies).size;
        for (const project of position.projects ?? []) addProject(project);
      }
    }
    for (const project of resume.projects ?? []) addProject(project);
    roleUsed[resume.id] = roles;
    projectUsed[resume.id] = [...projects.values()].reduce((sum, used) => sum + used.size, 0);
  }
  return { roleUsed, projectUsed };
}

const sum = (counts: Readonly<Record<PersonId, number>>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

async function column<T>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const rows = await testExecutor().read<{ value: T }>(cypher('test.column', text), params);
  return rows.map((row) => row.value);
}

describe('loading the seed', () => {
  let first: LoadSummary;

  beforeAll(async () => {
    await applySchema(testExecutor());
    await clearDatabase();
    first = await loadResumes(testExecutor(), await seedFiles());
    console.log(`seed loaded in ${first.durationMs} ms`);
  });

  it('loads all three files, with every name found in the catalogues', () => {
    expect(first.failed).toEqual([]);
    expect(first.people).toBe(expected.people);
    expect(first.roles).toBe(expected.roles);
    expect(first.unnormalised).toEqual([]);
  });

  it('has the number of nodes per label the documents give', async () => {
    const { labels } = await graphCounts(testExecutor());
    const kinds = {
      Person: expected.people,
      Role: expected.roles,
      Company: expected.companies,
      Technology: expected.technologies,
      Project: expected.projects,
      School: expected.schools,
    };
    const total = Object.values(kinds).reduce((sum, count) => sum + count, 0);
    expect(labels).toEqual({ ...kinds, Entity: total });
  });

  it('has the number of relationships per type the documents give', async () => {
    const { types } = await graphCounts(testExecutor());
    const personProjects = people.reduce((total, id) => total + expected.personProjects[id].length, 0);
    const skills = people.reduce((total, id) => total + expected.skillsPerPerson[id].length, 0);
    const roleUsed = sum(expected.roleUsedPerPerson);
    const projectUsed = sum(expected.projectUsedPerPerson);
    expect(types).toEqual({
      HELD: expected.roles,
      AT: expected.roles,
      PART_OF: Object.keys(expected.partOf).length,
      WORKED_ON: expected.roleProjectEdges + personProjects,
      SKILLED_IN: skills,
      STUDIED_AT: expected.studiedAt.length,
      USED: roleUsed + projectUsed,
      // Derived: one per technology a person reached in any way.
      USES: people.reduce((total, id) => total + expected.technologiesPerPerson[id].length, 0),
      // Derived: one per role with a start and an end or "now": 001's ten; 002's five but the
      // three given by a start month alone (002:70, 78, 86); none of 000's, which gives no dates.
      TENURE: 15,
    });
    // the two types that join two kinds of start node, split by kind
    const byKinds = await testExecutor().read<{ kinds: string; count: number }>(
      cypher(
        'test.countTypesByKinds',
        `MATCH (a)-[r:USED|WORKED_ON]->(b)
         WITH [label IN labels(a) WHERE label <> 'Entity'] AS from, type(r) AS type,
              [label IN labels(b) WHERE label <> 'Entity'] AS to
         RETURN reduce(s = '', l IN from | s + l) + '-' + type + '->' + reduce(s = '', l IN to | s + l) AS kinds,
                count(*) AS count`,
      ),
    );
    expect(Object.fromEntries(byKinds.map((row) => [row.kinds, row.count]))).toEqual({
      'Role-USED->Technology': roleUsed,
      'Project-USED->Technology': projectUsed,
      'Role-WORKED_ON->Project': expected.roleProjectEdges,
      'Person-WORKED_ON->Project': personProjects,
    });
  });

  it('has the USED counts an independent reading of the seed files gives, per person', async () => {
    // the hand counts of the fixture against the YAML as transcribed ...
    const oracle = await usedOracle();
    expect(oracle.roleUsed).toEqual(expected.roleUsedPerPerson);
    expect(oracle.projectUsed).toEqual(expected.projectUsedPerPerson);
    // ... and against the database
    for (const id of people) {
      const [roleUsed] = await column<number>(
        'MATCH (:Person {id: $id})-[:HELD]->(:Role)-[u:USED]->(:Technology) RETURN count(u) AS value',
        { id },
      );
      expect(roleUsed, id).toBe(expected.roleUsedPerPerson[id]);
      const [projectUsed] = await column<number>(
        `MATCH (p:Person {id: $id})
         CALL (p) {
           MATCH (p)-[:HELD]->(:Role)-[:WORKED_ON]->(x:Project) RETURN x
           UNION MATCH (p)-[:WORKED_ON]->(x:Project) RETURN x
         }
         MATCH (x)-[u:USED]->(:Technology)
         RETURN count(u) AS value`,
        { id },
      );
      expect(projectUsed, id).toBe(expected.projectUsedPerPerson[id]);
    }
  });

  it('has the expected companies, parents and schools', async () => {
    expect(await column<string>('MATCH (c:Company) RETURN c.id AS value ORDER BY value')).toEqual(
      sorted(expected.companyIds),
    );
    const partOf = await testExecutor().read<{ child: string; parent: string }>(
      cypher('test.partOf', 'MATCH (c:Company)-[:PART_OF]->(p:Company) RETURN c.id AS child, p.id AS parent'),
    );
    expect(Object.fromEntries(partOf.map((row) => [row.child, row.parent]))).toEqual(expected.partOf);
    expect(await column<string>('MATCH (s:School) RETURN s.id AS value ORDER BY value')).toEqual(
      sorted(expected.schoolIds),
    );
    const studied = await testExecutor().read(
      cypher(
        'test.studiedAt',
        `MATCH (p:Person)-[r:STUDIED_AT]->(s:School)
         RETURN p.id AS person, s.id AS school, r.degree AS degree, r.area AS area,
                r.startDate AS startDate, r.endDate AS endDate`,
      ),
    );
    expect(studied).toHaveLength(expected.studiedAt.length);
    expect(studied).toEqual(
      expect.arrayContaining(expected.studiedAt.map((row) => expect.objectContaining(row))),
    );
  });

  it.each(people)('gives person %s the headline, label, roles and employers of the document', async (id) => {
    const [person] = await testExecutor().read<{ headline: string; label: string }>(
      cypher('test.person', 'MATCH (p:Person {id: $id}) RETURN p.headline AS headline, p.label AS label'),
      { id },
    );
    expect(person).toEqual({ headline: expected.labels[id], label: expected.displayLabels[id] });
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:HELD]->(r:Role) RETURN r.id AS value ORDER BY r.order',
        {
          id,
        },
      ),
    ).toEqual(expected.roleIdsPerPerson[id]);
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:HELD]->(r:Role {current: true}) RETURN r.id AS value ORDER BY value',
        { id },
      ),
    ).toEqual(sorted(expected.currentRoles[id]));
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:HELD]->(:Role)-[:AT]->(c:Company) RETURN DISTINCT c.id AS value ORDER BY value',
        { id },
      ),
    ).toEqual(sorted(expected.employersPerPerson[id]));
  });

  it.each(people)('gives person %s the technologies, skills and projects of the document', async (id) => {
    expect(await reached(id)).toEqual(sorted(expected.technologiesPerPerson[id]));
    // The derived USES says the same in one hop.
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:USES]->(t:Technology) RETURN t.id AS value ORDER BY value',
        { id },
      ),
    ).toEqual(sorted(expected.technologiesPerPerson[id]));
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:SKILLED_IN]->(t:Technology) RETURN t.id AS value ORDER BY value',
        {
          id,
        },
      ),
    ).toEqual(sorted(expected.skillsPerPerson[id]));
    expect(
      await column<string>(
        'MATCH (:Person {id: $id})-[:WORKED_ON]->(p:Project) RETURN p.id AS value ORDER BY value',
        {
          id,
        },
      ),
    ).toEqual(sorted(expected.personProjects[id]));
    const [projects] = await column<number>(
      `MATCH (p:Person {id: $id})
       CALL (p) {
         MATCH (p)-[:HELD]->(:Role)-[:WORKED_ON]->(x:Project) RETURN x
         UNION MATCH (p)-[:WORKED_ON]->(x:Project) RETURN x
       }
       RETURN count(DISTINCT x) AS value`,
      { id },
    );
    expect(projects).toBe(expected.projectsPerPerson[id]);
  });

  it('connects all three people to Kubernetes through the catalogue', async () => {
    for (const id of people) expect(await reached(id)).toContain('kubernetes');
    expect(
      await column<string>(
        `MATCH (t:Technology) WHERE toLower(t.name) STARTS WITH 'kube' RETURN t.id AS value`,
      ),
    ).toEqual(['kubernetes']);
  });

  it('connects 493100191bcfc980 and 1f1d44f0f2c0cec7 to Kafka, Java and Hadoop', async () => {
    for (const id of ['493100191bcfc980', '1f1d44f0f2c0cec7']) {
      expect(await reached(id)).toEqual(expect.arrayContaining(['kafka', 'java', 'hadoop']));
    }
  });

  it('finds the shared technologies the documents give', async () => {
    const sets = Object.fromEntries(
      await Promise.all(people.map(async (id) => [id, await reached(id)] as const)),
    ) as Record<PersonId, string[]>;
    const both = (a: PersonId, b: PersonId) => sets[a].filter((id) => sets[b].includes(id));
    expect(both('b0bdae752341232c', '493100191bcfc980')).toEqual(sorted(expected.shared_b0bd_4931));
    expect(both('b0bdae752341232c', '1f1d44f0f2c0cec7')).toEqual(sorted(expected.shared_b0bd_1f1d));
    expect(both('493100191bcfc980', '1f1d44f0f2c0cec7')).toEqual(sorted(expected.shared_4931_1f1d));
    expect(
      both('b0bdae752341232c', '493100191bcfc980').filter((id) => sets['1f1d44f0f2c0cec7'].includes(id)),
    ).toEqual(sorted(expected.sharedByAll));
  });

  it('has one Microsoft node, where 1f1d44f0f2c0cec7 holds at least three roles', async () => {
    expect(
      await column<string>(
        `MATCH (c:Company) WHERE toLower(c.name) CONTAINS 'microsoft' RETURN c.id AS value`,
      ),
    ).toEqual(['microsoft']);
    const [held] = await column<number>(
      `MATCH (:Person {id: '1f1d44f0f2c0cec7'})-[:HELD]->(r:Role)-[:AT]->(:Company {id: 'microsoft'})
       RETURN count(r) AS value`,
    );
    expect(held).toBeGreaterThanOrEqual(3);
    expect(held).toBe(expected.microsoftRoles_1f1d);
    for (const [company, count] of Object.entries(expected.rolesAtCompany)) {
      const [roles] = await column<number>(
        'MATCH (r:Role)-[:AT]->(:Company {id: $company}) RETURN count(r) AS value',
        { company },
      );
      expect(roles, company).toBe(count);
    }
  });

  it('stores publications as JSON and the documents’ contradictory dates as read, with the text in a note', async () => {
    const publications = await testExecutor().read<{ id: string; publications: string }>(
      cypher('test.publications', 'MATCH (p:Person) RETURN p.id AS id, p.publications AS publications'),
    );
    for (const { id, publications: json } of publications) {
      const list = JSON.parse(json) as { type: 'paper' | 'patent' | 'talk'; count?: number }[];
      expect(list, id).toHaveLength(expected.publicationsPerPerson[id as PersonId]);
      if (id === '493100191bcfc980') {
        const byType = { paper: 0, patent: 0, talk: 0 };
        for (const publication of list) byType[publication.type] += 1;
        expect(byType).toEqual(expected.publicationsByType_4931);
        expect(list.find((publication) => publication.type === 'patent')?.count).toBe(
          expected.patentCount_4931,
        );
      }
    }
    for (const [id, dates] of Object.entries(expected.correctedDates)) {
      const [role] = await testExecutor().read<Record<string, unknown>>(
        cypher(
          'test.role',
          `MATCH (r:Role {id: $id})
           RETURN r.startDate AS startDate, r.endDate AS endDate, r.startMonth AS startMonth,
                  r.endMonth AS endMonth, r.note AS note`,
        ),
        { id },
      );
      const [startYear, startMonth] = dates.startDate.split('-').map(Number) as [number, number];
      const [endYear, endMonth] = dates.endDate.split('-').map(Number) as [number, number];
      expect(role).toMatchObject({
        startDate: dates.startDate,
        endDate: dates.endDate,
        startMonth: startYear * 12 + startMonth - 1,
        endMonth: endYear * 12 + endMonth - 1,
      });
      expect(role?.note).toContain(dates.documentText);
    }
  });

  it('keeps the dates of a current position open: startMonth set, no end', async () => {
    const [stripe] = await testExecutor().read<Record<string, unknown>>(
      cypher(
        'test.stripe',
        `MATCH (r:Role {id: '493100191bcfc980-stripe-staff'})
         RETURN r.startDate AS startDate, r.endDate AS endDate, r.startMonth AS startMonth, r.endMonth AS endMonth,
                r.current AS current`,
      ),
    );
    expect(stripe).toEqual({
      startDate: '2020-12',
      endDate: null,
      startMonth: 2020 * 12 + 11,
      endMonth: null,
      current: true,
    });
  });

  it('gives the same graph when loaded again: same counts, same canonical dump, nothing written', async () => {
    const before = await canonicalDump(testExecutor());
    const countsBefore = await graphCounts(testExecutor());
    const second = await loadResumes(testExecutor(), await seedFiles());
    expect(second.failed).toEqual([]);
    expect(second).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      nodesUpdated: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
    expect(await graphCounts(testExecutor())).toEqual(countsBefore);
    expect(await canonicalDump(testExecutor())).toEqual(before);
  });
});
