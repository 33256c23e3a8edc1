import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { seedExpected } from '../fixtures/seed-expected.js';
import { timelineResumes, timelineSources } from '../fixtures/timeline-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * The time filters of the people and technologies lists, PersonTechnology's time of use, and `asOf`
 * leaving out what starts after it, on the seed plus the résumés of test/fixtures/timeline-careers.ts.
 * Kafka, by construction and from the documents:
 *   493100191bcfc980  Verizon Labs 2016-04 – 2017-11 (20 months, 001:28)
 *   1f1d44f0f2c0cec7  Microsoft Principal 2025-09 – current (002:14-18)
 *   tl-1              Stripe 2018-03 – 2019-06 (16), Shopify 2021-01 – current
 *   tl-2              Stripe 2019-01 – 2020-06 (18)
 *   tl-3              Uber 2023-01 – 2023-12 (12)
 */

const now = new Date();
const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
const month = (year: number, monthOfYear: number) => year * 12 + monthOfYear - 1;
const monthText = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const example = (name: string) => readFileSync(join(projectRoot, 'examples', name), 'utf8');
const people = (...ids: string[]) => ({
  people: { totalCount: ids.length, edges: ids.map((id) => ({ node: { id } })) },
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ resumes: timelineSources() });
});
afterAll(() => server.close());

const ask = async (query: string) => (await graphql(server.url, query)).body;
const kafkaUsers = (filter: string) =>
  ask(`{ people(filter: { technologyId: "kafka", ${filter} }) { totalCount edges { node { id } } } }`);

describe('people(filter: { technologyId, usedSince, usedBefore, minMonths })', () => {
  it('examples/people-using-technology-since.graphql: Kafka used into 2020 or later', async () => {
    // 002 and tl-1 still use it; tl-3 until 2023-12; 001 stopped in 2017, tl-2 in 2020-06 (that counts).
    expect(await ask(example('people-using-technology-since.graphql'))).toEqual({
      data: people('1f1d44f0f2c0cec7', 'tl-1', 'tl-2', 'tl-3'),
    });
    expect(await kafkaUsers('usedSince: "2020-07"')).toEqual({
      data: people('1f1d44f0f2c0cec7', 'tl-1', 'tl-3'),
    });
    expect(await kafkaUsers('usedSince: "2024-01"')).toEqual({ data: people('1f1d44f0f2c0cec7', 'tl-1') });
  });

  it('examples/people-using-technology-long-ago.graphql: first used before 2020, for a year or more', async () => {
    expect(await ask(example('people-using-technology-long-ago.graphql'))).toEqual({
      data: people('493100191bcfc980', 'tl-1', 'tl-2'),
    });
    // "Before" is strict: tl-2 started in 2019-01.
    expect(await kafkaUsers('usedBefore: "2019-01"')).toEqual({ data: people('493100191bcfc980', 'tl-1') });
  });

  it('counts months over roles, overlaps once: 18 takes tl-2 (exactly 18), not tl-3 (12)', async () => {
    const both = month(2025, 9) <= thisMonth - 17 ? ['1f1d44f0f2c0cec7'] : [];
    expect(await kafkaUsers('minMonths: 18')).toEqual({
      data: people(...both, '493100191bcfc980', 'tl-1', 'tl-2'),
    });
    expect(await kafkaUsers('minMonths: 13, usedSince: "2020-01", usedBefore: "2020-01"')).toEqual({
      data: people('tl-1', 'tl-2'),
    });
  });

  it('pages through the filtered users', async () => {
    const filter = '{ technologyId: "kafka", usedBefore: "2020-01" }';
    const first = await ask(
      `{ people(first: 2, filter: ${filter}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    const page = (first.data as { people: { pageInfo: { endCursor: string } } }).people;
    expect(first).toEqual({
      data: {
        people: {
          edges: [{ node: { id: '493100191bcfc980' } }, { node: { id: 'tl-1' } }],
          pageInfo: { hasNextPage: true, endCursor: page.pageInfo.endCursor },
        },
      },
    });
    expect(
      await ask(
        `{ people(first: 2, after: "${page.pageInfo.endCursor}", filter: ${filter}) { edges { node { id } } pageInfo { hasNextPage } } }`,
      ),
    ).toEqual({ data: { people: { edges: [{ node: { id: 'tl-2' } }], pageInfo: { hasNextPage: false } } } });
  });

  it('refuses a month that is not YYYY-MM, a minMonths out of range and a time filter without technologyId', async () => {
    const refusal = (message: string, argumentName: string) => ({
      data: null,
      errors: [
        {
          message,
          path: ['people'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName },
        },
      ],
    });
    expect(await kafkaUsers('usedSince: "2020"')).toEqual(
      refusal('usedSince: "2020" is not a month: expected YYYY-MM, e.g. "2022-01".', 'usedSince'),
    );
    expect(await kafkaUsers('usedBefore: "2020-13"')).toEqual(
      refusal('usedBefore: "2020-13" is not a month: expected YYYY-MM, e.g. "2020-01".', 'usedBefore'),
    );
    expect(await kafkaUsers('minMonths: -1')).toEqual(
      refusal('minMonths: -1 is out of range: expected an integer from 0 to 1200.', 'minMonths'),
    );
    expect(await ask('{ people(filter: { minMonths: 12 }) { totalCount } }')).toEqual(
      refusal(
        'minMonths: 12 says how long or when a technology was used: give filter.technologyId too, e.g. { technologyId: "kafka", minMonths: 12 }.',
        'minMonths',
      ),
    );
  });
});

describe('technologies(filter: { personId, usedSince, usedBefore, minMonths })', () => {
  const technologies = (person: string, filter: string) =>
    ask(
      `{ technologies(filter: { personId: "${person}", ${filter} }) { totalCount edges { node { id } } } }`,
    );
  const listed = (...ids: string[]) => ({
    data: { technologies: { totalCount: ids.length, edges: ids.map((id) => ({ node: { id } })) } },
  });

  /** Users of each technology among the timeline résumés (the table in timeline-careers.ts). */
  const timelineUsers: Record<string, number> = { kafka: 3, perl: 2, java: 1, python: 1, go: 1, rust: 1 };
  /** The list's order: most users (seed and timeline résumés) first, then by name (here the id's order). */
  const byUsers = (...ids: string[]) => {
    const users = (id: string) =>
      seedExpected.personIds.filter((person) =>
        (seedExpected.technologiesPerPerson[person] as readonly string[]).includes(id),
      ).length + (timelineUsers[id] ?? 0);
    return ids.sort((a, b) => users(b) - users(a) || (a < b ? -1 : 1));
  };

  it('examples/person-technologies-before.graphql: 002 before 2014, the AdMaster internship (002:86-92) and the Java project (002:104-108)', async () => {
    expect(await ask(example('person-technologies-before.graphql'))).toEqual(
      listed(...byUsers('android', 'cascading', 'java', 'python')),
    );
  });

  it("filters one person's technologies by time: tl-1", async () => {
    // Python 2017 (thesis, 12 months), Java 2018-03 – 2019-06 (16), Kafka the same and Shopify, Go from 2021-01.
    expect(await technologies('tl-1', 'usedBefore: "2018-01"')).toEqual(listed('python'));
    expect(await technologies('tl-1', 'usedSince: "2020-01"')).toEqual(listed(...byUsers('kafka', 'go')));
    expect(await technologies('tl-1', 'minMonths: 13')).toEqual(listed(...byUsers('kafka', 'go', 'java')));
    // Perl (an undated role) and Rust (a skill alone) pass only minMonths: 0, which keeps every use.
    expect(await technologies('tl-1', 'minMonths: 0')).toEqual(
      listed(...byUsers('kafka', 'go', 'java', 'perl', 'python', 'rust')),
    );
  });

  it('refuses a time filter without personId', async () => {
    expect(await ask('{ technologies(filter: { usedSince: "2020-01" }) { totalCount } }')).toEqual({
      data: null,
      errors: [
        {
          message:
            'usedSince: "2020-01" says how long or when a person used a technology: give filter.personId too, e.g. { personId: "…", usedSince: "2020-01" }.',
          path: ['technologies'],
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'usedSince' },
        },
      ],
    });
  });
});

describe('PersonTechnology: time of use from USES', () => {
  it("gives tl-1's months, first and last use, and what nothing backs", async () => {
    expect(timelineResumes['tl-1']?.skills).toEqual([{ name: 'Languages', keywords: ['Rust'] }]);
    const response = await ask(`{ person(id: "tl-1") { technologies {
      technology { id } months firstUsed lastUsed current listedOnly } } }`);
    const shopify = thisMonth - month(2021, 1) + 1;
    const use = (
      id: string,
      months: number | null,
      first: string | null,
      last: string | null,
      current = false,
    ) => ({
      technology: { id },
      months,
      firstUsed: first,
      lastUsed: last,
      current,
      listedOnly: id === 'rust',
    });
    expect(response).toEqual({
      data: {
        person: {
          // Longest first, then the undated, each by name.
          technologies: [
            use('kafka', 16 + shopify, '2018-03', monthText(thisMonth), true),
            use('go', shopify, '2021-01', monthText(thisMonth), true),
            use('java', 16, '2018-03', '2019-06'),
            use('python', 12, '2017-01', '2017-12'),
            use('perl', null, null, null),
            use('rust', null, null, null),
          ],
        },
      },
    });
  });

  it('examples/person-technology-time.graphql: 002 lists Linux (002:4) and nothing else backs it', async () => {
    const response = await graphql<{
      person: { technologies: { technology: { id: string }; listedOnly: boolean; months: number | null }[] };
    }>(server.url, example('person-technology-time.graphql'));
    const items = response.body.data?.person.technologies ?? [];
    expect(items.map((item) => item.technology.id).sort()).toEqual(
      [...seedExpected.technologiesPerPerson['1f1d44f0f2c0cec7']].sort(),
    );
    expect(items.filter((item) => item.listedOnly).map((item) => item.technology.id)).toEqual(['linux']);
    // Java's own project 2013/10 - 2014/05 (002:104-108).
    expect(items.find((item) => item.technology.id === 'java')).toEqual({
      technology: { id: 'java' },
      months: 8,
      firstUsed: '2013-10',
      lastUsed: '2014-05',
      current: false,
      listedOnly: false,
    });
  });
});

describe('asOf leaves out a use that starts after it', () => {
  it('gaps: tl-3 had no Kafka in 2022 (its role starts 2023-01)', async () => {
    expect(
      await ask(`{ gaps(personId: "tl-3", technologies: ["kafka"], asOf: "2022-06") {
        technology { id } status months firstUsed lastUsed current monthsSinceUsed } }`),
    ).toEqual({
      data: {
        gaps: [
          {
            technology: { id: 'kafka' },
            status: 'MISSING',
            months: null,
            firstUsed: null,
            lastUsed: null,
            current: false,
            monthsSinceUsed: null,
          },
        ],
      },
    });
  });

  it('experts as of 2019-06: 001, tl-1 and tl-2 by what they had used; 002 by its skills list alone; not tl-3', async () => {
    // Scores (schema/experts.graphql): 001 20 months, 19 since: 1 + (20/120 × (1 − 19/120)) / 2 ≈ 1.070;
    // tl-1 16 months, current: 1 + (16/120) / 2 ≈ 1.067; tl-2 6 months: 1.025; 002 lists it (002:4) and
    // its role starts 2025-09: 1.
    expect(
      await ask(`{ experts(technologies: ["kafka"], asOf: "2019-06") {
        person { id } evidence { months lastUsed status } } }`),
    ).toEqual({
      data: {
        experts: [
          {
            person: { id: '493100191bcfc980' },
            evidence: [{ months: 20, lastUsed: '2017-11', status: 'USED' }],
          },
          { person: { id: 'tl-1' }, evidence: [{ months: 16, lastUsed: '2019-06', status: 'USED' }] },
          { person: { id: 'tl-2' }, evidence: [{ months: 6, lastUsed: '2019-06', status: 'USED' }] },
          {
            person: { id: '1f1d44f0f2c0cec7' },
            evidence: [{ months: null, lastUsed: null, status: 'LISTED_ONLY' }],
          },
        ],
      },
    });
  });

  it("timeline as of 2018-12: tl-1's thesis and Stripe, no Shopify yet", async () => {
    expect(
      await ask(
        '{ person(id: "tl-1") { timeline(asOf: "2018-12") { year roles { id } technologies { id } } } }',
      ),
    ).toEqual({
      data: {
        person: {
          timeline: [
            { year: 2017, roles: [], technologies: [{ id: 'python' }] },
            { year: 2018, roles: [{ id: 'tl-1-stripe' }], technologies: [{ id: 'java' }, { id: 'kafka' }] },
          ],
        },
      },
    });
  });
});
