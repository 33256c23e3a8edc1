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
