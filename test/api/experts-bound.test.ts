import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PositionDocument, ResumeDocument } from '../../src/resume/types.js';
import { strength } from '../fixtures/expert-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/*
 * `experts` and `team` score exactly only the people whose upper bound of the score reaches the
 * k-th best lower bound (src/career/experts-query.ts `coverQuery`). A crowd of Rust users, read as
 * of 2026-06 unless said, with answers known by construction:
 *
 *   bd-1 … bd-5  a role 2010-01..2026-03 with Rust: 195 months, 3 months before (all alike: ties by id)
 *   bd-6         a role 2026-05..now with Rust: 2 months, now
 *   bd-7         a role 2020-01..now with Rust and Kafka (78 months, now), and a project of their own
 *                2021-01..2021-12 with Rust, inside that role
 *   bd-8         a role 2010-01..2027-06 with Kafka: it ends after 2026-06, so its stored months and
 *                last use say nothing of 2026-06 (its lower bound is the cover alone); 198 months, now
 */
const role = (id: string, start: string, end: string, technologies: string[]): PositionDocument => ({
  id,
  position: 'Engineer',
  technologies,
  startDate: start,
  ...(end === 'now' ? { current: true } : { endDate: end }),
});

const person = (id: string, position: PositionDocument, extra: Partial<ResumeDocument> = {}) => ({
  basics: { label: `Engineer ${id}` },
  work: [{ name: 'Mozilla', positions: [position] }],
  ...extra,
});

const alike = ['bd-1', 'bd-2', 'bd-3', 'bd-4', 'bd-5'];
const crowd: Record<string, ResumeDocument> = {
  ...Object.fromEntries(
    alike.map((id) => [id, person(id, role(`${id}-role`, '2010-01', '2026-03', ['Rust']))]),
  ),
  'bd-6': person('bd-6', role('bd-6-role', '2026-05', 'now', ['Rust'])),
  'bd-7': person('bd-7', role('bd-7-role', '2020-01', 'now', ['Rust', 'Kafka']), {
    projects: [
      { id: 'bd-7-tool', name: 'A tool', startDate: '2021-01', endDate: '2021-12', technologies: ['Rust'] },
    ],
  }),
  'bd-8': person('bd-8', role('bd-8-role', '2010-01', '2027-06', ['Kafka'])),
};

const score = (value: number) => expect.closeTo(value, 12);
const longAgo = 1 + strength(195, 3) / 2;

describe('experts and team past the probe of the best bounds (a crowd of Rust users)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      resumes: Object.entries(crowd).map(([id, resume]) => ({
        file: `${id}.json`,
        text: JSON.stringify(resume),
      })),
    });
  });
  afterAll(() => server.close());

  it('experts: equal bounds at the floor all stay candidates, so ties still go by person id', async () => {
    const response = await graphql(
      server.url,
      '{ experts(technologies: ["rust"], first: 3, asOf: "2026-06") { person { id } score missing { id } } }',
    );
    expect(response.body).toEqual({
      data: {
        experts: ['bd-1', 'bd-2', 'bd-3'].map((id) => ({
          person: { id },
          score: score(longAgo),
          missing: [],
        })),
      },
    });
  });

  it('experts: the highest bounds, which the filters fail, are scored and lose', async () => {
    // bd-1 … bd-5 have the highest upper bounds; none used Rust since 2026-05.
    const response = await graphql(
      server.url,
      '{ experts(technologies: ["rust"], usedSince: "2026-05", first: 1, asOf: "2026-06") { person { id } score evidence { months lastUsed } } }',
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: 'bd-7' },
            score: score(1 + strength(78, 0) / 2),
            evidence: [{ months: 78, lastUsed: '2026-06' }],
          },
        ],
      },
    });
  });

  it('experts: as of a month inside the uses the bounds cannot tell, and everyone is scored', async () => {
    // As of 2015-06 bd-1 … bd-5 had used Rust for 66 months, to that month; bd-6 and bd-7 had not begun.
    const response = await graphql(
      server.url,
      '{ experts(technologies: ["rust"], first: 1, asOf: "2015-06") { person { id } score evidence { months lastUsed } } }',
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: 'bd-1' },
            score: score(1 + strength(66, 0) / 2),
            evidence: [{ months: 66, lastUsed: '2015-06' }],
          },
        ],
      },
    });
  });

  it('experts: a use whose lower bound is only its cover still outranks an exactly known one', async () => {
    const response = await graphql(
      server.url,
      '{ experts(technologies: ["kafka"], first: 1, asOf: "2026-06") { person { id } score evidence { months lastUsed } } }',
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: 'bd-8' },
            score: score(1 + strength(198, 0) / 2),
            evidence: [{ months: 198, lastUsed: '2026-06' }],
          },
        ],
      },
    });
  });

  it('team: the best of a cover many share, ties by person id', async () => {
    const response = await graphql(
      server.url,
      '{ team(technologies: ["rust"], size: 1, asOf: "2026-06") { members { person { id } covers { id } adds { id } score } uncovered { id } } }',
    );
    expect(response.body).toEqual({
      data: {
        team: {
          members: [
            {
              person: { id: 'bd-1' },
              covers: [{ id: 'rust' }],
              adds: [{ id: 'rust' }],
              score: score(longAgo),
            },
          ],
          uncovered: [],
        },
      },
    });
  });

  it('team: whoever covers most comes first, then the best of the rest by score', async () => {
    const response = await graphql(
      server.url,
      '{ team(technologies: ["kafka", "rust"], size: 2, exclude: ["bd-1"], asOf: "2026-06") { members { person { id } adds { id } } uncovered { id } } }',
    );
    expect(response.body).toEqual({
      data: {
        team: {
          members: [{ person: { id: 'bd-7' }, adds: [{ id: 'kafka' }, { id: 'rust' }] }],
          uncovered: [],
        },
      },
    });
  });
});
