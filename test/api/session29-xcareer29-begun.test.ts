import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expertSources, strength } from '../fixtures/expert-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Whether every use of an asked technology had started by asOf is read from the range index on
// USES (technology, firstUsed); when it had, no use's firstUsed is read for the cut. ex-b's three
// uses (Kafka, Kubernetes, Go) start 2020-01 (test/fixtures/expert-careers.ts), ex-a's Kafka and Go
// 2016-01, current: as of 2019-12 ex-b has not started any, as of 2020-01 all three.
const score = (value: number) => expect.closeTo(value, 12);
const asked = '["kafka", "kubernetes", "go"]';

describe('experts when every use asked has started, and when one has not', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: expertSources() });
  });
  afterAll(() => server.close());

  it('as of the month before a start, that use counts for nothing, not even in the cut to the best first', async () => {
    // Counted as started, ex-b's three uses would make ex-b the only one who can be first, then
    // score nothing: the answer would be empty. ex-a used Kafka and Go 2016-01..2019-12 (48 months).
    const response = await graphql(
      server.url,
      `{ experts(technologies: ${asked}, first: 1, asOf: "2019-12") { person { id } score missing { id } } }`,
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: 'ex-a' },
            score: score(2 + (2 * strength(48, 0)) / 4),
            missing: [{ id: 'kubernetes' }],
          },
        ],
      },
    });
  });

  it('as of the start month, every use has started and ex-b covers all three', async () => {
    const response = await graphql(
      server.url,
      `{ experts(technologies: ${asked}, asOf: "2020-01") { person { id } score } }`,
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          { person: { id: 'ex-b' }, score: score(3 + (3 * strength(1, 0)) / 4) },
          { person: { id: 'ex-a' }, score: score(2 + (2 * strength(49, 0)) / 4) },
          // ex-c used Kafka 2010-01..2012-12: 36 months, 85 months before.
          { person: { id: 'ex-c' }, score: score(1 + strength(36, 85) / 4) },
        ],
      },
    });
  });

  it('team: as of the month before, ex-b is not on it', async () => {
    const response = await graphql(
      server.url,
      `{ team(technologies: ${asked}, size: 1, asOf: "2019-12") { members { person { id } covers { id } } uncovered { id } } }`,
    );
    expect(response.body).toEqual({
      data: {
        team: {
          members: [{ person: { id: 'ex-a' }, covers: [{ id: 'kafka' }, { id: 'go' }] }],
          uncovered: [{ id: 'kubernetes' }],
        },
      },
    });
  });
});

/*
 * Rolled up and undated, read as of 2020-06 (a role's months count its first and last month):
 *   rb-a  Kubernetes 2018-01..2019-12 (24 months, 6 before)       direct
 *   rb-c  JavaScript 2014-01..2015-12 (24 months, 54 before)      direct
 *   rb-d  Python 2012-01..2013-12 (24 months, 78 before)          direct
 *   rb-e  Kubernetes, a role with no dates (no firstUsed)         direct, strength 0
 *   rb-b  Helm, Express and Django 2021-01..2022-12               narrower than the three: not begun
 *   rb-f  Go, a role with no dates;  rb-g  Go 2021-01..2022-12   Go has a use not begun
 * Helm is under Kubernetes, Express under JavaScript (through Node.js), Django under Python.
 * Every direct use of Kubernetes, JavaScript and Python had begun by 2020-06; rb-b's narrower uses had not.
 */
const dated = (id: string, start: string, end: string, technologies: string[]) => ({
  id,
  position: 'Engineer',
  technologies,
  startDate: start,
  endDate: end,
});
const undated = (id: string, technologies: string[]) => ({ id, position: 'Engineer', technologies });
const rolledUpCareers = Object.entries({
  'rb-a': dated('rb-a-1', '2018-01', '2019-12', ['Kubernetes']),
  'rb-b': dated('rb-b-1', '2021-01', '2022-12', ['Helm', 'Express', 'Django']),
  'rb-c': dated('rb-c-1', '2014-01', '2015-12', ['JavaScript']),
  'rb-d': dated('rb-d-1', '2012-01', '2013-12', ['Python']),
  'rb-e': undated('rb-e-1', ['Kubernetes']),
  'rb-f': undated('rb-f-1', ['Go']),
  'rb-g': dated('rb-g-1', '2021-01', '2022-12', ['Go']),
}).map(([id, position]) => ({
  file: `${id}.json`,
  text: JSON.stringify({
    basics: { label: `Engineer ${id}` },
    work: [{ name: `Company ${id}`, positions: [position] }],
  }),
}));
const broad = '["kubernetes", "javascript", "python"]';

describe('experts rolled up: whether uses had begun is asked of the narrower technology, and an undated use has begun', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: rolledUpCareers });
  });
  afterAll(() => server.close());

  const ask = async (args: string) =>
    (
      await graphql(
        server.url,
        `{ experts(${args}) { person { id } score missing { id } evidence { technology { id } via { id } } } }`,
      )
    ).body;

  it('catalogue: Helm is under Kubernetes, Express under Node.js under JavaScript, Django under Python', async () => {
    const response = await graphql<Record<string, { broader: { id: string; broader: { id: string }[] }[] }>>(
      server.url,
      `{ ${['helm', 'express', 'django'].map((id) => `${id}: technology(id: "${id}") { broader { id broader { id } } }`).join(' ')} }`,
    );
    const broader = (id: string) => response.body.data?.[id]?.broader;
    expect(broader('helm')?.map((entry) => entry.id)).toContain('kubernetes');
    expect(broader('express')?.find((entry) => entry.id === 'nodejs')?.broader).toContainEqual({
      id: 'javascript',
    });
    expect(broader('django')?.map((entry) => entry.id)).toContain('python');
  });

  it('as of the month before rb-b starts, rb-b counts for nothing, not even in the cut to the best first', async () => {
    // Taken as begun (as the broader technologies' uses had), rb-b's three rolled-up uses (weights 1.5) would put
    // everyone else's reach (1 × 5/4) below them, and rb-b would then score nothing: the answer would be empty.
    expect(await ask(`technologies: ${broad}, rollUp: true, first: 1, asOf: "2020-06"`)).toEqual({
      data: {
        experts: [
          {
            person: { id: 'rb-a' },
            score: score(1 + strength(24, 6) / 4),
            missing: [{ id: 'javascript' }, { id: 'python' }],
            evidence: [{ technology: { id: 'kubernetes' }, via: null }],
          },
        ],
      },
    });
  });

  it('everyone as of 2020-06: the undated Kubernetes role covers it with no strength', async () => {
    const answer = await ask(`technologies: ${broad}, rollUp: true, first: 10, asOf: "2020-06"`);
    expect(answer).toEqual({
      data: {
        experts: [
          ['rb-a', 'kubernetes', strength(24, 6)],
          ['rb-c', 'javascript', strength(24, 54)],
          ['rb-d', 'python', strength(24, 78)],
          ['rb-e', 'kubernetes', 0],
        ].map(([id, covered, strong]) => ({
          person: { id },
          score: score(1 + (strong as number) / 4),
          missing: ['kubernetes', 'javascript', 'python']
            .filter((t) => t !== covered)
            .map((t) => ({ id: t })),
          evidence: [{ technology: { id: covered }, via: null }],
        })),
      },
    });
  });

  it("as of rb-b's first month, its three rolled-up uses have begun and rank it first", async () => {
    expect(await ask(`technologies: ${broad}, rollUp: true, first: 1, asOf: "2021-01"`)).toEqual({
      data: {
        experts: [
          {
            person: { id: 'rb-b' },
            score: score(3 * 0.5 + (3 * 0.5 * strength(1, 0)) / 4),
            missing: [],
            evidence: [
              { technology: { id: 'kubernetes' }, via: { id: 'helm' } },
              { technology: { id: 'javascript' }, via: { id: 'express' } },
              { technology: { id: 'python' }, via: { id: 'django' } },
            ],
          },
        ],
      },
    });
  });

  it('a technology with a use not begun: its undated use still counts, the later one does not', async () => {
    // Go's uses have not all begun as of 2020-06 (rb-g's starts 2021-01), so each is read: rb-f's has no start,
    // which counts as begun (strength 0); rb-g's has not begun.
    expect(await ask('technologies: ["go"], first: 10, asOf: "2020-06"')).toEqual({
      data: {
        experts: [
          {
            person: { id: 'rb-f' },
            score: score(1),
            missing: [],
            evidence: [{ technology: { id: 'go' }, via: null }],
          },
        ],
      },
    });
  });
});
