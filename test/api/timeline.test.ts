import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineSources } from '../fixtures/timeline-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const thisYear = new Date().getUTCFullYear();
const yearsFrom = (first: number) =>
  Array.from({ length: thisYear - first + 1 }, (_, index) => first + index);
const ids = (...values: string[]) => values.map((id) => ({ id }));

describe('Person.timeline and Technology.adoption on résumés built for them (test/fixtures/timeline-careers.ts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: timelineSources() });
  });
  afterAll(() => server.close());

  it('places each dated role and use in its years up to asOf, a break as an empty year, the undated nowhere', async () => {
    const response = await graphql(
      server.url,
      '{ person(id: "tl-1") { timeline(asOf: "2023-02") { year roles { id } technologies { id } } } }',
    );
    expect(response.body).toEqual({
      data: {
        person: {
          timeline: [
            { year: 2017, roles: [], technologies: ids('python') },
            { year: 2018, roles: ids('tl-1-stripe'), technologies: ids('java', 'kafka') },
            { year: 2019, roles: ids('tl-1-stripe'), technologies: ids('java', 'kafka') },
            { year: 2020, roles: [], technologies: [] },
            ...[2021, 2022, 2023].map((year) => ({
              year,
              roles: ids('tl-1-shopify'),
              technologies: ids('go', 'kafka'),
            })),
          ],
        },
      },
    });
  });

  it('runs a current role up to this month when asOf is not given', async () => {
    const response = await graphql(server.url, '{ person(id: "tl-1") { timeline { year } } }');
    expect(response.body).toEqual({
      data: { person: { timeline: yearsFrom(2017).map((year) => ({ year })) } },
    });
  });

  it('refuses an asOf that is not a month, naming it', async () => {
    const response = await graphql(server.url, '{ person(id: "tl-1") { timeline(asOf: "2023") { year } } }');
    expect(response.body).toEqual({
      data: { person: null },
      errors: [
        {
          message: 'asOf: "2023" is not a month: expected YYYY-MM, e.g. "2024-06".',
          path: ['person', 'timeline'],
          locations: [{ line: 1, column: 24 }],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'asOf' },
        },
      ],
    });
  });

  it('leaves out a role with a start and no end that is not current', async () => {
    const response = await graphql(server.url, '{ person(id: "tl-2") { timeline { year } } }');
    expect(response.body).toEqual({
      data: { person: { timeline: [{ year: 2019 }, { year: 2020 }] } },
    });
  });

  it('counts the people using a technology per year, gaps at 0, listed skills and undated roles never', async () => {
    const response = await graphql(
      server.url,
      `{ kafka: technology(id: "kafka") { adoption { year people } }
         python: technology(id: "Python 3") { adoption { year people } }
         rust: technology(id: "rust") { adoption { year people } }
         perl: technology(id: "perl") { adoption { year people } }
         kafka2022: technology(id: "Apache Kafka") { adoption(asOf: "2022-12") { year people } } }`,
    );
    const kafka = [
      { year: 2018, people: 1 },
      { year: 2019, people: 2 },
      { year: 2020, people: 1 },
      { year: 2021, people: 1 },
      { year: 2022, people: 1 },
      { year: 2023, people: 2 },
      ...yearsFrom(2024).map((year) => ({ year, people: 1 })),
    ];
    expect(response.body).toEqual({
      data: {
        kafka: { adoption: kafka },
        python: { adoption: [{ year: 2017, people: 1 }] },
        rust: { adoption: [] },
        perl: { adoption: [] },
        // asOf stops tl-1's current role, and leaves out tl-3's role of 2023 (until session 5 it
        // counted, a year with 1 person after asOf: the audit's finding).
        kafka2022: { adoption: kafka.filter((year) => year.year <= 2022) },
      },
    });
  });
});
