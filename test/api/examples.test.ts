import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { seedKindCounts } from '../fixtures/seed-kind-counts.js';
import { currentYearMonth, monthNumber } from '../fixtures/synthetic-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const examplesDir = join(projectRoot, 'examples');
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.graphql'))
  .sort();
const read = (name: string) => readFileSync(join(examplesDir, name), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('examples/*.graphql', () => {
  it('has a named, commented operation per file', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const name of examples) {
      const text = read(name);
      expect(text, name).toMatch(/^# /);
      expect(text, name).toMatch(/^(query|mutation) [A-Z]\w+/m);
    }
  });

  // Queries first, on the untouched seed; the mutations after, in the order a user would run them.
  const queries = examples.filter((name) => !read(name).match(/^mutation /m));
  it.each(queries)('%s runs against the seed without errors', async (name) => {
    const response = await graphql(server.url, read(name));
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
  });

  it('shared-technologies.graphql finds Kubernetes and Linux shared by all three', async () => {
    // Kubernetes: 000 "Kubenetes/Openshift", 001 "Kubernetes" (Uber ATG), 002 skills list.
    // Linux: 000 "Linux networking stack", 001 "Linux containers", 002 skills list.
    const response = await graphql<{ sharedTechnologies: { technology: { id: string } }[] }>(
      server.url,
      read('shared-technologies.graphql'),
    );
    const ids = response.body.data?.sharedTechnologies.map((shared) => shared.technology.id);
    expect(ids).toEqual(expect.arrayContaining(['kubernetes', 'linux']));
  });

  it('technology-by-alias.graphql resolves k8s to Kubernetes', async () => {
    const response = await graphql<{ technology: { id: string; name: string } }>(
      server.url,
      read('technology-by-alias.graphql'),
    );
    expect(response.body.data?.technology).toMatchObject({ id: 'kubernetes', name: 'Kubernetes' });
  });

  it('person-career.graphql lists every position of 1f1d44f0f2c0cec7 in the document’s order', async () => {
    const response = await graphql<{ person: { label: string; roles: unknown[] } }>(
      server.url,
      read('person-career.graphql'),
    );
    expect(response.body.data?.person.label).toBe(seedExpected.displayLabels['1f1d44f0f2c0cec7']);
    expect(response.body.data?.person.roles).toHaveLength(seedExpected.rolesPerPerson['1f1d44f0f2c0cec7']);
  });

  it('people-using-technology.graphql finds the two engineers whose documents name Kafka', async () => {
    const response = await graphql<{ people: { totalCount: number; edges: { node: { id: string } }[] } }>(
      server.url,
      read('people-using-technology.graphql'),
    );
    const kafkaUsers = seedExpected.personIds.filter((id) =>
      (seedExpected.technologiesPerPerson[id] as readonly string[]).includes('kafka'),
    );
    expect(kafkaUsers).toHaveLength(2); // 001 and 002 (issue: both reach Kafka)
    expect(response.body.data?.people.totalCount).toBe(kafkaUsers.length);
    expect(response.body.data?.people.edges.map((edge) => edge.node.id).sort()).toEqual(
      [...kafkaUsers].sort(),
    );
  });

  it('search.graphql ranks the technology Spark first for "spark"', async () => {
    const response = await graphql<{ search: { kind: string; entity: { id: string } }[] }>(
      server.url,
      read('search.graphql'),
    );
    expect(response.body.data?.search[0]).toMatchObject({ kind: 'TECHNOLOGY', entity: { id: 'spark' } });
  });

  it('shortest-path.graphql connects 000 and 001 within 4 hops, as a chain of edges', async () => {
    const response = await graphql<{
      shortestPath: { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    }>(server.url, read('shortest-path.graphql'));
    const path = response.body.data?.shortestPath;
    const ids = path?.nodes.map((node) => node.id) ?? [];
    expect(ids[0]).toBe('b0bdae752341232c');
    expect(ids.at(-1)).toBe('493100191bcfc980');
    expect(path?.edges.length).toBeLessThanOrEqual(4);
    expect(path?.edges).toHaveLength(ids.length - 1);
    path?.edges.forEach((edge, i) => {
      expect([edge.source, edge.target].sort()).toEqual([ids[i], ids[i + 1]].sort());
    });
  });

  it('similar-people.graphql ranks the other two seed engineers', async () => {
    const response = await graphql<{ similarPeople: { person: { id: string } }[] }>(
      server.url,
      read('similar-people.graphql'),
    );
    expect(response.body.data?.similarPeople.map((row) => row.person.id).sort()).toEqual(
      ['1f1d44f0f2c0cec7', 'b0bdae752341232c'].sort(),
    );
  });

  it('stats.graphql counts what the three documents hold', async () => {
    const response = await graphql<{ stats: { counts: { kind: string; count: number }[] } }>(
      server.url,
      read('stats.graphql'),
    );
    expect(response.body.data?.stats.counts).toEqual(seedKindCounts);
  });

  it('person-timeline.graphql: 493100191bcfc980 year by year as of June 2021', async () => {
    // seed/resumes/493100191bcfc980.yaml, companies by the seed catalogue's names: Düsseldorf
    // 2007-06 to 2009-02, INRIA's internship 2009-03 to 2009-08 and doctorate 2009-12 to 2012-12,
    // LBNL's internship 2012-07 to 2012-09 and postdoc 2013-01 to 2014-04, Ericsson Silicon Valley
    // 2014-04 to 2016-04, Verizon Labs 2016-04 to 2017-11, Zenreach 2017-11 to 2019-02, Uber ATG
    // 2019-02 to 2020-12, Stripe from 2020-12, current, so up to 2021-06 and no later year. In a year,
    // roles by start.
    const duesseldorf = ['Student Research Assistent', 'Heinrich Heine University Düsseldorf'];
    const inriaDoctoral = ['Doctoral Researcher', 'INRIA'];
    const lbnl = 'Lawrence Berkeley National Laboratory';
    const postdoc = ['Postdoctoral Researcher', lbnl];
    const ericsson = ['Senior Research Engineer', 'Ericsson Silicon Valley'];
    const verizon = ['Principal Software Engineer', 'Verizon Labs'];
    const zenreach = ['Staff Software Engineer', 'Zenreach'];
    const uber = ['Senior Software Engineer, Tech Lead', 'Uber ATG'];
    const stripe = ['Staff Software Engineer', 'Stripe'];
    const expected: Record<number, string[][]> = {
      2007: [duesseldorf],
      2008: [duesseldorf],
      2009: [duesseldorf, ['Master Research Intern', 'INRIA'], inriaDoctoral],
      2010: [inriaDoctoral],
      2011: [inriaDoctoral],
      2012: [inriaDoctoral, ['Research Intern', lbnl]],
      2013: [postdoc],
      2014: [postdoc, ericsson],
      2015: [ericsson],
      2016: [ericsson, verizon],
      2017: [verizon, zenreach],
      2018: [zenreach],
      2019: [zenreach, uber],
      2020: [uber, stripe],
      2021: [stripe],
    };
    const response = await graphql<{
      person: {
        label: string;
        timeline: {
          year: number;
          roles: { title: string; company: { name: string } }[];
          technologies: { name: string }[];
        }[];
      };
    }>(server.url, read('person-timeline.graphql'));
    expect(response.body.errors).toBeUndefined();
    const person = response.body.data?.person;
    expect(person?.label).toBe(seedExpected.displayLabels['493100191bcfc980']);
    const byYear = new Map(person?.timeline.map((year) => [year.year, year]));
    expect([...byYear.keys()]).toEqual(Object.keys(expected).map(Number));
    for (const [year, roles] of Object.entries(expected)) {
      expect(
        byYear.get(Number(year))?.roles.map((role) => [role.title, role.company.name]),
        year,
      ).toEqual(roles);
    }
    const technologies = (year: number) =>
      byYear.get(year)?.technologies.map((technology) => technology.name);
    // Düsseldorf, Zenreach and Stripe name no technology: the years they fill alone have none.
    for (const year of [2007, 2008, 2018, 2021]) expect(technologies(year), String(year)).toEqual([]);
    // Kafka ("Apache Kafka") only at Verizon Labs and its NorthStar project, 2016-04 to 2017-11.
    for (const year of [2016, 2017]) expect(technologies(year), String(year)).toContain('Kafka');
    for (const year of [2015, 2019, 2020]) expect(technologies(year), String(year)).not.toContain('Kafka');
  });

  it('technology-adoption.graphql: Kafka in 2016 and 2017 only, as of June 2025', async () => {
    // 493100191bcfc980's Verizon Labs role (and its NorthStar project), 2016-04 to 2017-11. The
    // other use, 1f1d44f0f2c0cec7's Microsoft principal role, begins in 2025-09, after asOf, and
    // 1f1d44f0f2c0cec7's skills list is undated: neither counts, so the years end at 2017 (by
    // default, as of this month, they would run to this year).
    const response = await graphql(server.url, read('technology-adoption.graphql'));
    expect(response.body).toEqual({
      data: {
        technology: {
          name: 'Kafka',
          adoption: [
            { year: 2016, people: 1 },
            { year: 2017, people: 1 },
          ],
        },
      },
    });
  });

  it('colleagues.graphql is empty on the seed: the three never shared an employer', async () => {
    const response = await graphql(server.url, read('colleagues.graphql'));
    expect(response.body).toEqual({ data: { colleagues: [] } });
  });

  it('import-resume.graphql then delete-person.graphql, with the token', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    const imported = await graphql<{ importResume: { created: boolean; person: { id: string } } }>(
      server.url,
      read('import-resume.graphql'),
      {},
      auth,
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data?.importResume).toMatchObject({
      created: true,
      person: { id: 'example-engineer' },
    });
    // As colleagues.graphql says: at Stripe since 2021-03, alongside 001 (Stripe since 2020-12).
    const now = currentYearMonth();
    const colleagues = await graphql(server.url, read('colleagues.graphql'));
    expect(colleagues.body).toEqual({
      data: {
        colleagues: [
          {
            person: { id: 'example-engineer', label: 'Platform Engineer @ Stripe' },
            company: { name: 'Stripe' },
            overlapMonths: monthNumber(now) - monthNumber('2021-03') + 1,
            from: '2021-03',
            to: now,
          },
        ],
      },
    });
    const deleted = await graphql<{ deletePerson: { id: string } }>(
      server.url,
      read('delete-person.graphql'),
      {},
      auth,
    );
    expect(deleted.body.errors).toBeUndefined();
    expect(deleted.body.data?.deletePerson.id).toBe('example-engineer');
  });
});
