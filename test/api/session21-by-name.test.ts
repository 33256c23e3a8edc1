import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PositionDocument, ResumeDocument } from '../../src/resume/types.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * Four people with the same two stays and the same four technologies in each, so every count the
 * career questions rank by ties and only the by-name order decides (src/graphql/queries/cypher-order.ts
 * `byName`: letter case ignored, then id). Names chosen where the case-sensitive order differs:
 * iOS, Java, jQuery, Kafka ignoring case; Java, Kafka, iOS, jQuery by code unit. And employers
 * eBay, Etsy, Zenit, Émile Labs ignoring case (é lower-cased is after z, in Cypher as in
 * TypeScript), where by code unit Etsy, Zenit, eBay, Émile Labs.
 *
 *   person   2015-01..2018-12     2019-01..2020-12
 *   order-a  Etsy                 Northwind
 *   order-b  eBay                 Northwind
 *   order-c  Zenit                Northwind
 *   order-d  Émile Labs           Northwind
 *
 * Every role used Kafka, jQuery, Java and iOS (listed in that order, which is neither order).
 */
const TECHNOLOGIES = ['Kafka', 'jQuery', 'Java', 'iOS'];
const FIRST_EMPLOYER: Record<string, string> = {
  'order-a': 'Etsy',
  'order-b': 'eBay',
  'order-c': 'Zenit',
  'order-d': 'Émile Labs',
};

const position = (id: string, startDate: string, endDate: string): PositionDocument => ({
  id,
  position: 'Engineer',
  startDate,
  endDate,
  technologies: TECHNOLOGIES,
});

function resume(id: string): ResumeDocument {
  return {
    basics: { label: `Engineer ${id}` },
    work: [
      { name: 'Northwind', positions: [position(`${id}-northwind`, '2019-01', '2020-12')] },
      { name: FIRST_EMPLOYER[id] as string, positions: [position(`${id}-first`, '2015-01', '2018-12')] },
    ],
  };
}

const PEOPLE = Object.keys(FIRST_EMPLOYER);
/** The four technologies by byName's rule, as `{ id, name }`. */
const BY_NAME = [
  { id: 'ios', name: 'iOS' },
  { id: 'java', name: 'Java' },
  { id: 'jquery', name: 'jQuery' },
  { id: 'kafka', name: 'Kafka' },
];
/** The first employers by byName's rule, with who worked there. */
const EMPLOYERS_BY_NAME = [
  { company: { id: 'ebay', name: 'eBay' }, person: 'order-b' },
  { company: { id: 'etsy', name: 'Etsy' }, person: 'order-a' },
  { company: { id: 'zenit', name: 'Zenit' }, person: 'order-c' },
  { company: { id: 'emile-labs', name: 'Émile Labs' }, person: 'order-d' },
];

describe('the career questions order ties by name, letter case ignored, then id (byName)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: PEOPLE.map((id) => ({ file: `${id}.json`, text: JSON.stringify(resume(id)) })),
    });
  });
  afterAll(() => server.close());

  const ask = async (query: string) => {
    const response = await graphql(server.url, query);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('sharedTechnologies: four technologies shared by all, by name', async () => {
    expect(
      await ask(`{ sharedTechnologies(personIds: ["order-b", "order-a"]) {
        technology { id name } peopleCount people { person { id } roles { id } projects { id } skill } } }`),
    ).toEqual({
      data: {
        sharedTechnologies: BY_NAME.map((technology) => ({
          technology,
          peopleCount: 2,
          people: ['order-a', 'order-b'].map((id) => ({
            person: { id },
            roles: [{ id: `${id}-northwind` }, { id: `${id}-first` }],
            projects: [],
            skill: false,
          })),
        })),
      },
    });
  });

  it('similarPeople: identical careers score 1, their shared technologies by name', async () => {
    expect(
      await ask(
        '{ similarPeople(personId: "order-a") { person { id } score sharedTechnologies { id name } } }',
      ),
    ).toEqual({
      data: {
        similarPeople: ['order-b', 'order-c', 'order-d'].map((id) => ({
          person: { id },
          score: 1,
          sharedTechnologies: BY_NAME,
        })),
      },
    });
  });

  it('stats: topTechnologies and largestEmployers, ties by name', async () => {
    expect(
      await ask(`{ stats {
        topTechnologies { technology { id name } count }
        largestEmployers { company { id name } count } } }`),
    ).toEqual({
      data: {
        stats: {
          topTechnologies: BY_NAME.map((technology) => ({ technology, count: 4 })),
          largestEmployers: [
            { company: { id: 'northwind', name: 'Northwind' }, count: 4 },
            ...EMPLOYERS_BY_NAME.map(({ company }) => ({ company, count: 1 })),
          ],
        },
      },
    });
  });

  it('technologyCooccurrence: the other three, each with all eight roles and four people, by name', async () => {
    expect(
      await ask('{ technologyCooccurrence(technologyId: "java") { technology { id name } count people } }'),
    ).toEqual({
      data: {
        technologyCooccurrence: BY_NAME.filter((technology) => technology.id !== 'java').map(
          (technology) => ({ technology, count: 8, people: 4 }),
        ),
      },
    });
  });

  it('Person.timeline: each year’s technologies by name', async () => {
    const years = [2015, 2016, 2017, 2018, 2019, 2020];
    expect(
      await ask(
        `{ person(id: "order-a") { timeline(asOf: "2020-12") { year roles { id } technologies { id name } } } }`,
      ),
    ).toEqual({
      data: {
        person: {
          timeline: years.map((year) => ({
            year,
            roles: [{ id: year < 2019 ? 'order-a-first' : 'order-a-northwind' }],
            technologies: BY_NAME,
          })),
        },
      },
    });
  });

  it('technologyLandscape: equal counts by name; every pair used together by all eight roles', async () => {
    const ids = BY_NAME.map((technology) => technology.id);
    const pairs = ids.flatMap((source, i) =>
      ids.slice(i + 1).map((target) => ({ source, target, weight: 8 })),
    );
    expect(
      await ask(`{ technologyLandscape {
        nodes { technology { id name } peopleCount community rolledUp { id } }
        edges { source target weight } communityCount } }`),
    ).toEqual({
      data: {
        technologyLandscape: {
          // One community: splitting four technologies all used together lowers modularity.
          nodes: BY_NAME.map((technology) => ({ technology, peopleCount: 4, community: 0, rolledUp: [] })),
          edges: pairs,
          communityCount: 1,
        },
      },
    });
  });

  it('technologyLandscape rolled up: jQuery under JavaScript, groups by their name', async () => {
    // iOS, Java, JavaScript, Kafka ignoring case; by code unit iOS would come last.
    const groups = [
      { technology: { id: 'ios', name: 'iOS' }, rolledUp: [] },
      { technology: { id: 'java', name: 'Java' }, rolledUp: [] },
      { technology: { id: 'javascript', name: 'JavaScript' }, rolledUp: [{ id: 'jquery' }] },
      { technology: { id: 'kafka', name: 'Kafka' }, rolledUp: [] },
    ];
    const ids = groups.map((group) => group.technology.id);
    const pairs = ids.flatMap((source, i) =>
      ids.slice(i + 1).map((target) => ({ source, target, weight: 8 })),
    );
    expect(
      await ask(`{ technologyLandscape(rollUp: true) {
        nodes { technology { id name } peopleCount community rolledUp { id } }
        edges { source target weight } communityCount } }`),
    ).toEqual({
      data: {
        technologyLandscape: {
          nodes: groups.map((group) => ({ ...group, peopleCount: 4, community: 0 })),
          edges: pairs,
          communityCount: 1,
        },
      },
    });
  });

  it('careerMoves: four companies before Northwind, one person each, in the order largestEmployers gives them', async () => {
    expect(
      await ask(`{ careerMoves(companyId: "northwind") {
        company { id } peopleCount
        before { company { id name } count people { id } }
        after { company { id } } } }`),
    ).toEqual({
      data: {
        careerMoves: {
          company: { id: 'northwind' },
          peopleCount: 4,
          before: EMPLOYERS_BY_NAME.map(({ company, person }) => ({
            company,
            count: 1,
            people: [{ id: person }],
          })),
          after: [],
        },
      },
    });
  });
});
