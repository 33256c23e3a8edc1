import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { testExecutor } from '../support/database.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * No N+1: a nested request over many people costs one Cypher query per root field, however deep
 * it reads (src/graphql/translate). The data is
 * built here, so every answer is known by construction: 50 people, each with 3 roles at some of 4
 * companies, each role with 2 of 6 technologies.
 */

const companies = ['Quillfeather Analytics', 'Brambleworks Systems', 'Cobaltmoss Labs', 'Dunmore Tidewater'];
const technologies = ['Quernscript', 'Larchbase', 'Mirequeue', 'Tallowcache', 'Umberflow', 'Vexmesh'];

interface Built {
  id: string;
  roles: { title: string; company: string; technologies: string[] }[];
}

const people: Built[] = Array.from({ length: 50 }, (_, p) => ({
  id: `nplusone-${String(p).padStart(2, '0')}`,
  roles: [0, 1, 2].map((r) => ({
    title: `Engineer ${p}.${r}`,
    company: companies[(p + r) % companies.length] as string,
    technologies: [technologies[(p + r) % 6] as string, technologies[(p + 2 * r + 1) % 6] as string],
  })),
}));

/** Each person lists one technology as a skill and studied at one of three schools. */
const skillOf = (p: number) => technologies[(p + 3) % 6] as string;

function resumeText(person: Built, p: number): string {
  return JSON.stringify({
    id: person.id,
    source: { document: `${person.id}.txt` },
    basics: { label: 'Engineer' },
    skills: [{ name: 'Languages', keywords: [skillOf(p)] }],
    education: [
      {
        institution: `Harrowgate Institute ${p % 3}`,
        studyType: 'B.S.',
        area: 'Computing',
        startDate: '2005-09',
        endDate: '2009-06',
      },
    ],
    work: person.roles.map((role, r) => ({
      name: role.company,
      positions: [
        {
          id: `${person.id}-r${r}`,
          position: role.title,
          startDate: `${2010 + 3 * r}-01`,
          endDate: `${2012 + 3 * r}-12`,
          technologies: role.technologies,
          projects: [
            {
              id: `${person.id}-r${r}-project`,
              name: `Project ${person.id} ${r}`,
              technologies: [role.technologies[0]],
            },
          ],
        },
      ],
    })),
  });
}

/** Company.technologies by construction: roles there that used each, most first, then by name. */
function companyTechnologies(company: string): { technology: { name: string } }[] {
  const counts = new Map<string, number>();
  for (const person of people) {
    for (const role of person.roles) {
      if (role.company !== company) continue;
      for (const name of new Set(role.technologies)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.toLowerCase().localeCompare(b.toLowerCase()))
    .map(([name]) => ({ technology: { name } }));
}

function expectedPeople(count: number) {
  return {
    people: {
      edges: people.slice(0, count).map((person) => ({
        node: {
          roles: person.roles.map((role) => ({
            title: role.title,
            company: { name: role.company, technologies: companyTechnologies(role.company) },
            technologies: [...new Set(role.technologies)].sort().map((name) => ({ name })),
          })),
        },
      })),
    },
  };
}

const nested = `query Nested($first: Int) {
  people(first: $first) {
    edges { node { roles { title company { name technologies { technology { name } } } technologies { name } } } }
  }
}`;

/** The bound: one query for the one root field, relations and all. */
const QUERIES_PER_REQUEST = 1;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  const summary = await loadResumes(
    testExecutor(),
    people.map((person, p) => ({ file: `${person.id}.json`, text: resumeText(person, p) })),
  );
  expect(summary.failed).toEqual([]);
  expect(summary.people).toBe(50);
});

afterAll(async () => {
  await server?.close();
});

async function countQueries(first: number) {
  const executor = testExecutor();
  const before = executor.queryCount;
  const response = await graphql(server.url, nested, { first });
  return { queries: executor.queryCount - before, response };
}

describe('a nested request over many people', () => {
  it('answers people → roles → company → technologies for 50 people as built', async () => {
    const { response } = await countQueries(50);
    expect(response.body).toEqual({ data: expectedPeople(50) });
  });

  it(`sends exactly ${QUERIES_PER_REQUEST} Cypher queries, for 10 people as for 50`, async () => {
    const ten = await countQueries(10);
    expect(ten.response.body).toEqual({ data: expectedPeople(10) });
    const fifty = await countQueries(50);
    expect(fifty.response.body).toEqual({ data: expectedPeople(50) });
    const one = await countQueries(1);
    expect(one.response.body).toEqual({ data: expectedPeople(1) });
    expect({ one: one.queries, ten: ten.queries, fifty: fifty.queries }).toEqual({
      one: QUERIES_PER_REQUEST,
      ten: QUERIES_PER_REQUEST,
      fifty: QUERIES_PER_REQUEST,
    });
  });

  /** Every other relation of every entity type, within the depth and cost limits: one query per request. */
  const others: [string, string, number, [number, number]][] = [
    [
      'employers and technologies of people',
      'people(first: $first) { edges { node { label employers { id } technologies { months roles { id } technology { id } } } } }',
      1,
      [10, 50],
    ],
    [
      'roles of people',
      'people(first: $first) { edges { node { roles { label months person { id } projects { id } company { id } } } } }',
      1,
      [10, 50],
    ],
    [
      'education, skills and projects of people',
      'people(first: $first) { edges { node { education { school { label } } skills { group } projects { id } } } }',
      1,
      [10, 50],
    ],
    [
      'relations of companies',
      'companies(first: $first) { edges { node { parent { id } subsidiaries { id } people { id } roles { id } technologies { count } } } }',
      1,
      [1, 4],
    ],
    [
      'relations of technologies',
      'technologies(first: $first) { edges { node { users { person { id } roles { id } projects { id } } companies { count } projects { id } } } }',
      1,
      [2, 6],
    ],
    [
      'relations of projects',
      'projects(first: $first) { edges { node { people { id } roles { id } technologies { id } } } }',
      1,
      [10, 100],
    ],
  ];

  it.each(others)(
    'batches %s: the same number of queries for a few as for many',
    async (_name, selection, bound, firsts) => {
      const executor = testExecutor();
      const counts: number[] = [];
      for (const first of firsts) {
        const before = executor.queryCount;
        const response = await graphql(server.url, `query Other($first: Int) { ${selection} }`, { first });
        counts.push(executor.queryCount - before);
        expect(response.body.errors).toBeUndefined();
        const list = Object.values(response.body.data as Record<string, { edges: unknown[] }>)[0];
        expect(list?.edges).toHaveLength(first);
      }
      expect(counts).toEqual([bound, bound]);
    },
  );

  it('sends one query per root field: two lists and a person by id, nested, cost three', async () => {
    const executor = testExecutor();
    const before = executor.queryCount;
    const first = people[0] as Built;
    const response = await graphql(
      server.url,
      `query Three($id: ID!) {
        a: people(first: 2) { edges { node { id roles { company { name } } } } }
        b: companies(first: 1) { edges { node { people { id } } } }
        c: person(id: $id) { roles { title technologies { name } projects { technologies { name } } } }
      }`,
      { id: first.id },
    );
    expect(response.body.errors).toBeUndefined();
    expect(executor.queryCount - before).toBe(3);
    const data = response.body.data as {
      c: { roles: { title: string; technologies: { name: string }[] }[] };
    };
    expect(data.c.roles.map((role) => role.title)).toEqual(first.roles.map((role) => role.title));
    expect(data.c.roles.map((role) => role.technologies.map((t) => t.name))).toEqual(
      first.roles.map((role) => [...new Set(role.technologies)].sort()),
    );
  });

  it('computes months per technology from the built roles: 36 months for each role that used it', async () => {
    const response = await graphql(
      server.url,
      '{ people(first: 50) { edges { node { technologies { technology { name } months skill } } } } }',
    );
    const edges = (
      response.body.data as {
        people: {
          edges: {
            node: { technologies: { technology: { name: string }; months: number | null; skill: boolean }[] };
          }[];
        };
      }
    ).people.edges;
    edges.forEach((edge, p) => {
      const person = people[p] as Built;
      for (const use of edge.node.technologies) {
        const roles = person.roles.filter((role) => role.technologies.includes(use.technology.name)).length;
        expect(use.months).toBe(roles === 0 ? null : 36 * roles); // three 3-year roles, end to end
        expect(use.skill).toBe(use.technology.name === skillOf(p));
      }
    });
  });
});
