import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxGapTechnologies, maxRequirementsLength } from '../../src/career/gaps.js';
import { gapSources } from '../fixtures/gap-careers.js';
import { currentYearMonth, monthNumber } from '../fixtures/synthetic-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const technology = (id: string) => ({ technology: { id } });
const role = (id: string) => ({ id });
const gapFields =
  'technology { id } status months firstUsed lastUsed current monthsSinceUsed roles { id } projects { id } skill';
const none = {
  months: null,
  firstUsed: null,
  lastUsed: null,
  current: false,
  monthsSinceUsed: null,
  roles: [],
  projects: [],
};

describe('gaps, requirements, careerMoves and Person.moves on résumés built for them (test/fixtures/gap-careers.ts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: gapSources() });
  });
  afterAll(() => server.close());

  it('gaps: used now, stale, listed only and missing, as of June 2026', async () => {
    // asOf 2026-06 = month 24317. Go: Uber 2013-01..2015-12 (36) + Google 2016-01..2026-06 (126).
    // Java: Stripe 2010-01..2012-12, 150 months before. Kafka: 2010-01..2015-12, 126 before.
    // Python: own project 2014-01..2014-06, 144 before. Rust: a skill only. Scala: the catalogue's,
    // in nobody's résumé (so not in the graph).
    const response = await graphql(
      server.url,
      `{ gaps(personId: "gap-1", technologies: ["go", "java", "kafka", "python", "rust", "scala", "go"], asOf: "2026-06") { ${gapFields} } }`,
    );
    expect(response.body).toEqual({
      data: {
        gaps: [
          {
            ...technology('go'),
            status: 'USED',
            months: 36 + 126,
            firstUsed: '2013-01',
            lastUsed: '2026-06',
            current: true,
            monthsSinceUsed: 0,
            roles: [role('gap-1-google'), role('gap-1-uber')],
            projects: [],
            skill: false,
          },
          {
            ...technology('java'),
            status: 'STALE',
            months: 36,
            firstUsed: '2010-01',
            lastUsed: '2012-12',
            current: false,
            monthsSinceUsed: 162,
            roles: [role('gap-1-stripe')],
            projects: [],
            skill: false,
          },
          {
            ...technology('kafka'),
            status: 'STALE',
            months: 72,
            firstUsed: '2010-01',
            lastUsed: '2015-12',
            current: false,
            monthsSinceUsed: 126,
            roles: [role('gap-1-uber'), role('gap-1-stripe')],
            projects: [],
            skill: false,
          },
          {
            ...technology('python'),
            status: 'STALE',
            months: 6,
            firstUsed: '2014-01',
            lastUsed: '2014-06',
            current: false,
            monthsSinceUsed: 144,
            roles: [],
            projects: [role('gap-1-tools')],
            skill: false,
          },
          { ...technology('rust'), status: 'LISTED_ONLY', ...none, skill: true },
          { ...technology('scala'), status: 'MISSING', ...none, skill: false },
        ],
      },
    });
  });

  it('gaps: STALE starts when the last use is more than 36 months before asOf', async () => {
    // Kafka last used 2015-12: 36 months before 2018-12, 37 before 2019-01.
    await expectAnswers(server.url, [
      [
        '{ gaps(personId: "gap-1", technologies: ["kafka"], asOf: "2018-12") { status monthsSinceUsed } }',
        { data: { gaps: [{ status: 'USED', monthsSinceUsed: 36 }] } },
      ],
      [
        '{ gaps(personId: "gap-1", technologies: ["kafka"], asOf: "2019-01") { status monthsSinceUsed } }',
        { data: { gaps: [{ status: 'STALE', monthsSinceUsed: 37 }] } },
      ],
    ]);
  });

  it('gaps: a current role counts up to this month without asOf', async () => {
    const now = currentYearMonth();
    const response = await graphql(
      server.url,
      '{ gaps(personId: "gap-1", technologies: ["kubernetes"]) { status months lastUsed current } }',
    );
    expect(response.body).toEqual({
      data: {
        gaps: [
          {
            status: 'USED',
            months: monthNumber(now) - monthNumber('2016-01') + 1,
            lastUsed: now,
            current: true,
          },
        ],
      },
    });
  });

  it('gaps: any spelling the catalogue knows names a technology, as experts takes them; repeats once', async () => {
    // k8s and Kubernetes are one technology (gap-1 uses it at Google, current); "Apache Kafka" is
    // Kafka (stale: 2010-01..2015-12); "Scala" is the catalogue's, in nobody's résumé.
    const response = await graphql(
      server.url,
      '{ gaps(personId: "gap-1", technologies: ["k8s", "Apache Kafka", "Kubernetes", "Scala"], asOf: "2026-06") { technology { id } status } }',
    );
    expect(response.body).toEqual({
      data: {
        gaps: [
          { technology: { id: 'kubernetes' }, status: 'USED' },
          { technology: { id: 'kafka' }, status: 'STALE' },
          { technology: { id: 'scala' }, status: 'MISSING' },
        ],
      },
    });
  });

  it('gaps: unknown person, unknown technology (with a suggestion), bad asOf, too many or no technologies', async () => {
    const many = JSON.stringify(Array.from({ length: maxGapTechnologies + 1 }, (_, index) => `t${index}`));
    await expectAnswers(server.url, [
      [
        '{ gaps(personId: "nobody", technologies: ["go"]) { status } }',
        failure(
          'gaps',
          'No person with id "nobody": pass an id from people { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
      [
        '{ gaps(personId: "gap-1", technologies: ["go", "kubernets"]) { status } }',
        failure(
          'gaps',
          'technologies: No technology "kubernets": did you mean "kubernetes" (Kubernetes)?',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
      [
        '{ gaps(personId: "gap-1", technologies: ["go"], asOf: "2026-13") { status } }',
        failure(
          'gaps',
          'asOf: "2026-13" is not a month: expected YYYY-MM, e.g. "2024-06".',
          'BAD_USER_INPUT',
          'asOf',
        ),
      ],
      [
        '{ gaps(personId: "gap-1", technologies: []) { status } }',
        failure(
          'gaps',
          `technologies: 0 given: pass from 1 to ${maxGapTechnologies} technologies (ids or names, e.g. ["kafka", "k8s"]; requirements(text:) finds them in a job description).`,
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
      [
        `{ gaps(personId: "gap-1", technologies: ${many}) { status } }`,
        failure(
          'gaps',
          `technologies: ${maxGapTechnologies + 1} given: pass from 1 to ${maxGapTechnologies} technologies (ids or names, e.g. ["kafka", "k8s"]; requirements(text:) finds them in a job description).`,
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
    ]);
  });

  it('requirements: the technologies a job description names, with their spans, chained into gaps', async () => {
    const text = 'Backend engineer: Kafka and Go in production, k8s a plus.\nPython or Scala nice to have.';
    const span = (id: string, written: string) => {
      const start = text.indexOf(written);
      return { technology: { id }, text: written, start, end: start + written.length, fuzzy: false };
    };
    const response = await graphql<{ requirements: { technology: { id: string } }[] }>(
      server.url,
      'query ($text: String!) { requirements(text: $text) { technology { id } text start end fuzzy } }',
      { text },
    );
    expect(response.body).toEqual({
      data: {
        requirements: [
          span('kafka', 'Kafka'),
          span('go', 'Go'),
          span('kubernetes', 'k8s'),
          span('python', 'Python'),
          span('scala', 'Scala'),
        ],
      },
    });
    const ids = response.body.data?.requirements.map((mention) => mention.technology.id) ?? [];
    const gaps = await graphql(
      server.url,
      'query ($ids: [ID!]!) { gaps(personId: "gap-2", technologies: $ids, asOf: "2021-06") { technology { id } status } }',
      { ids },
    );
    // gap-2: Python at Uber until 2014-12 (78 months before), never Kafka, Go, Kubernetes or Scala.
    expect(gaps.body).toEqual({
      data: {
        gaps: [
          { ...technology('kafka'), status: 'MISSING' },
          { ...technology('go'), status: 'MISSING' },
          { ...technology('kubernetes'), status: 'MISSING' },
          { ...technology('python'), status: 'STALE' },
          { ...technology('scala'), status: 'MISSING' },
        ],
      },
    });
  });

  it('requirements: nothing to find, and a text over the limit', async () => {
    await expectAnswers(server.url, [
      ['{ requirements(text: "We value kindness.") { text } }', { data: { requirements: [] } }],
      [
        `{ requirements(text: "${'a'.repeat(maxRequirementsLength + 1)}") { text } }`,
        failure(
          'requirements',
          `text: ${maxRequirementsLength + 1} characters is too long: pass at most ${maxRequirementsLength} characters (the job description or brief itself).`,
          'BAD_USER_INPUT',
          'text',
        ),
      ],
    ]);
  });

  const moves =
    'company { id } peopleCount before { company { id } count people { id } } after { company { id } count people { id } }';
  const move = (company: string, people: string[]) => ({
    company: { id: company },
    count: people.length,
    people: people.map((id) => ({ id })),
  });

  it('careerMoves: a move lists the first `first` people, `count` all of them; a bad `first` is refused', async () => {
    const small = await graphql(
      server.url,
      '{ careerMoves(companyId: "uber") { after { count people(first: 1) { id } } } }',
    );
    expect(small.body).toEqual({
      data: {
        careerMoves: {
          after: [
            { count: 1, people: [{ id: 'gap-1' }] },
            { count: 1, people: [{ id: 'gap-3' }] },
            { count: 1, people: [{ id: 'gap-2' }] },
          ],
        },
      },
    });
    const refused = await graphql(
      server.url,
      '{ careerMoves(companyId: "uber") { after { people(first: 0) { id } } } }',
    );
    expect(refused.body.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      ['first: 0 is out of range: expected an integer from 1 to 100.', 'BAD_USER_INPUT'],
    ]);
  });

  it('careerMoves: around Uber (Uber ATG included), Stripe, and Uber ATG alone', async () => {
    await expectAnswers(server.url, [
      [
        `{ careerMoves(companyId: "uber") { ${moves} } }`,
        {
          data: {
            careerMoves: {
              company: { id: 'uber' },
              peopleCount: 3,
              before: [move('amadeus', ['gap-3']), move('stripe', ['gap-1'])],
              after: [move('google', ['gap-1']), move('nvidia', ['gap-3']), move('stripe', ['gap-2'])],
            },
          },
        },
      ],
      [
        `{ careerMoves(companyId: "stripe") { ${moves} } }`,
        {
          data: {
            careerMoves: {
              company: { id: 'stripe' },
              peopleCount: 3,
              before: [move('uber', ['gap-2'])],
              after: [move('amadeus', ['gap-2']), move('nvidia', ['gap-4']), move('uber', ['gap-1'])],
            },
          },
        },
      ],
      [
        `{ careerMoves(companyId: "Uber Advanced Technologies Group", first: 1) { ${moves} } }`,
        {
          data: {
            careerMoves: {
              company: { id: 'uber-atg' },
              peopleCount: 1,
              before: [move('amadeus', ['gap-3'])],
              after: [move('uber', ['gap-3'])],
            },
          },
        },
      ],
      [
        '{ careerMoves(companyId: "ubr") { peopleCount } }',
        failure(
          'careerMoves',
          'No company with id "ubr": pass an id from companies { edges { node { id } } }.',
          'NOT_FOUND',
        ),
      ],
    ]);
  });

  it('Person.moves: the company path oldest first, undated roles left out, a current stay to this month', async () => {
    const now = currentYearMonth();
    const stay = (company: string, from: string, to: string | null, months: number, roles: string[]) => ({
      company: { id: company },
      from,
      to,
      current: to === null,
      months,
      roles: roles.map((id) => ({ id })),
    });
    await expectAnswers(server.url, [
      [
        '{ person(id: "gap-3") { moves { company { id } from to current months roles { id } } } }',
        {
          data: {
            person: {
              moves: [
                stay('amadeus', '2008-01', '2011-12', 48, ['gap-3-amadeus']),
                stay('uber-atg', '2012-01', '2013-06', 18, ['gap-3-atg']),
                stay('uber', '2013-07', '2016-12', 42, ['gap-3-uber']),
                stay('nvidia', '2017-01', '2017-12', 12, ['gap-3-nvidia']),
              ],
            },
          },
        },
      ],
      [
        '{ person(id: "gap-4") { moves { company { id } from to current months roles { id } } } }',
        {
          data: {
            person: {
              moves: [
                stay('stripe', '2018-01', '2019-12', 24, ['gap-4-stripe']),
                stay('nvidia', '2020-01', null, monthNumber(now) - monthNumber('2020-01') + 1, [
                  'gap-4-nvidia',
                ]),
              ],
            },
          },
        },
      ],
    ]);
  });

  it('Person.moves(asOf:): a side job within a stay does not split it; careerMoves skips it', async () => {
    // gap-5: Netflix 2010-01..2013-12, Amazon 2014-01..now (two roles) with Microsoft 2015 inside.
    // As of 2020-12 the Amazon stay is 2014-01..2020-12: 84 months.
    const fields = 'company { id } from to current months alongside roles { id }';
    await expectAnswers(server.url, [
      [
        `{ person(id: "gap-5") { moves(asOf: "2020-12") { ${fields} } } }`,
        {
          data: {
            person: {
              moves: [
                {
                  company: { id: 'netflix' },
                  from: '2010-01',
                  to: '2013-12',
                  current: false,
                  months: 48,
                  alongside: false,
                  roles: [{ id: 'gap-5-netflix' }],
                },
                {
                  company: { id: 'amazon' },
                  from: '2014-01',
                  to: null,
                  current: true,
                  months: 84,
                  alongside: false,
                  roles: [{ id: 'gap-5-amazon-1' }, { id: 'gap-5-amazon-2' }],
                },
                {
                  company: { id: 'microsoft' },
                  from: '2015-01',
                  to: '2015-12',
                  current: false,
                  months: 12,
                  alongside: true,
                  roles: [{ id: 'gap-5-microsoft' }],
                },
              ],
            },
          },
        },
      ],
      [
        '{ person(id: "gap-5") { moves(asOf: "2020-13") { from } } }',
        {
          data: { person: null },
          errors: [
            {
              message: 'asOf: "2020-13" is not a month: expected YYYY-MM, e.g. "2024-06".',
              path: ['person', 'moves'],
              locations: [{ line: 1, column: 25 }],
              extensions: { code: 'BAD_USER_INPUT', argumentName: 'asOf' },
            },
          ],
        },
      ],
      [
        '{ careerMoves(companyId: "amazon") { peopleCount before { company { id } count } after { company { id } } } }',
        {
          data: {
            careerMoves: { peopleCount: 1, before: [{ company: { id: 'netflix' }, count: 1 }], after: [] },
          },
        },
      ],
      [
        '{ careerMoves(companyId: "microsoft") { peopleCount before { company { id } } after { company { id } } } }',
        { data: { careerMoves: { peopleCount: 1, before: [], after: [] } } },
      ],
    ]);
  });

  it('Person.moves under careerMoves: each person’s path in one request', async () => {
    const response = await graphql(
      server.url,
      '{ careerMoves(companyId: "stripe") { before { people { id moves { company { id } } } } } }',
    );
    expect(response.body).toEqual({
      data: {
        careerMoves: {
          before: [
            {
              people: [
                {
                  id: 'gap-2',
                  moves: [
                    { company: { id: 'uber' } },
                    { company: { id: 'stripe' } },
                    { company: { id: 'amadeus' } },
                  ],
                },
              ],
            },
          ],
        },
      },
    });
  });
});
