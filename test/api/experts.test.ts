import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxCoverTechnologies } from '../../src/career/experts-limits.js';
import { projectRoot } from '../../src/config.js';
import { expertSources, strength } from '../fixtures/expert-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const fields =
  'person { id } score evidence { technology { id } status months lastUsed roles { id } projects { id } } missing { id }';
const ids = (...list: string[]) => list.map((id) => ({ id }));
const use = (
  id: string,
  status: string,
  months: number | null,
  lastUsed: string | null,
  roles: string[],
  projects: string[] = [],
) => ({
  technology: { id },
  status,
  months,
  lastUsed,
  roles: ids(...roles),
  projects: ids(...projects),
});
const score = (value: number) => expect.closeTo(value, 12);

// As of 2026-06 (test/fixtures/expert-careers.ts): ex-b used each of its three for 72 months up
// to 2025-12 (6 months before), ex-a Kafka and Go for 126 months up to now, ex-d Kubernetes in a
// project 2024-01..2024-12 (18 months before), ex-c Kafka 2010-01..2012-12 (162 months before).
const b = strength(72, 6);
const a = strength(126, 0);
const d = strength(12, 18);
const c = strength(36, 162);
const bUses = (...technologies: string[]) =>
  technologies.map((id) => use(id, 'USED', 72, '2025-12', ['ex-b-stripe']));
const aUses = (...technologies: string[]) =>
  technologies.map((id) => use(id, 'USED', 126, '2026-06', ['ex-a-google']));

/** ex-b and ex-a asked for Kafka, Kubernetes and Go: all three, and two of them. */
const bothCovering = [
  {
    person: { id: 'ex-b' },
    score: score(3 + (3 * b) / 4),
    evidence: bUses('kafka', 'kubernetes', 'go'),
    missing: [],
  },
  {
    person: { id: 'ex-a' },
    score: score(2 + (2 * a) / 4),
    evidence: aUses('kafka', 'go'),
    missing: ids('kubernetes'),
  },
];

describe('experts on résumés built for it (test/fixtures/expert-careers.ts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: expertSources() });
  });
  afterAll(() => server.close());

  it('ranks by coverage first, then by long and recent use; any spelling names a technology', async () => {
    const response = await graphql(
      server.url,
      `{ experts(technologies: ["kafka", "k8s", "Golang"], asOf: "2026-06") { ${fields} } }`,
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          ...bothCovering,
          {
            person: { id: 'ex-d' },
            score: score(1 + d / 4),
            evidence: [use('kubernetes', 'USED', 12, '2024-12', [], ['ex-d-infra'])],
            missing: ids('kafka', 'go'),
          },
          {
            person: { id: 'ex-c' },
            score: score(1 + c / 4),
            evidence: [use('kafka', 'STALE', 36, '2012-12', ['ex-c-uber'])],
            missing: ids('kubernetes', 'go'),
          },
        ],
      },
    });
    expect(a).toBe(1);
    expect(c).toBe(0);
  });

  it('minMonths, usedSince and first narrow what counts; the score still counts every technology asked', async () => {
    const expected = {
      data: {
        experts: [...bothCovering],
      },
    };
    for (const filter of ['minMonths: 60', 'usedSince: "2025-01"', 'minMonths: 72, usedSince: "2025-12"']) {
      const response = await graphql(
        server.url,
        `{ experts(technologies: ["kafka", "kubernetes", "go"], ${filter}, asOf: "2026-06") { ${fields} } }`,
      );
      expect(response.body, filter).toEqual(expected);
    }
    const first = await graphql(
      server.url,
      `{ experts(technologies: ["kafka", "kubernetes", "go"], first: 1, asOf: "2026-06") { person { id } } }`,
    );
    expect(first.body).toEqual({ data: { experts: [{ person: { id: 'ex-b' } }] } });
  });

  it('ties by person id; an undated use covers with no strength', async () => {
    const e = strength(12, 66);
    const response = await graphql(
      server.url,
      `{ experts(technologies: ["python"], asOf: "2026-06") { person { id } score evidence { months lastUsed } } }`,
    );
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: 'ex-e' },
            score: score(1 + e / 2),
            evidence: [{ months: 12, lastUsed: '2020-12' }],
          },
          {
            person: { id: 'ex-f' },
            score: score(1 + e / 2),
            evidence: [{ months: 12, lastUsed: '2020-12' }],
          },
          { person: { id: 'ex-d' }, score: 1, evidence: [{ months: null, lastUsed: null }] },
        ],
      },
    });
  });

  it('asks each technology once, and a catalogue technology nobody names is missing for everyone', async () => {
    // Rust is in the catalogue, in no résumé: two technologies asked (Kafka twice, Rust).
    const response = await graphql(
      server.url,
      `{ experts(technologies: ["kafka", "Apache Kafka", "rust"], asOf: "2026-06") { person { id } score missing { id name } } }`,
    );
    const rust = { id: 'rust', name: 'Rust' };
    expect(response.body).toEqual({
      data: {
        experts: [
          { person: { id: 'ex-a' }, score: score(1 + a / 3), missing: [rust] },
          { person: { id: 'ex-b' }, score: score(1 + b / 3), missing: [rust] },
          { person: { id: 'ex-c' }, score: score(1 + c / 3), missing: [rust] },
        ],
      },
    });
    const nobody = await graphql(server.url, '{ experts(technologies: ["rust"]) { person { id } } }');
    expect(nobody.body).toEqual({ data: { experts: [] } });
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const many = JSON.stringify(Array.from({ length: maxCoverTechnologies + 1 }, (_, index) => `t${index}`));
    await expectAnswers(server.url, [
      [
        '{ experts(technologies: ["kafak"]) { score } }',
        failure(
          'experts',
          'technologies: No technology "kafak": did you mean "kafka" (Kafka)?',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
      [
        '{ experts(technologies: []) { score } }',
        failure(
          'experts',
          'technologies: 0 given: pass from 1 to 20 technologies (ids or names, e.g. ["kafka", "k8s"]).',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
      [
        `{ experts(technologies: ${many}) { score } }`,
        failure(
          'experts',
          'technologies: 21 given: pass from 1 to 20 technologies (ids or names, e.g. ["kafka", "k8s"]).',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
      [
        '{ experts(technologies: ["kafka"], first: 0) { score } }',
        failure(
          'experts',
          'first: 0 is out of range: expected an integer from 1 to 100.',
          'BAD_USER_INPUT',
          'first',
        ),
      ],
      [
        '{ experts(technologies: ["kafka"], minMonths: -1) { score } }',
        failure(
          'experts',
          'minMonths: -1 is out of range: expected an integer from 0 to 1200.',
          'BAD_USER_INPUT',
          'minMonths',
        ),
      ],
      [
        '{ experts(technologies: ["kafka"], usedSince: "2025") { score } }',
        failure(
          'experts',
          'usedSince: "2025" is not a month: expected YYYY-MM, e.g. "2022-01".',
          'BAD_USER_INPUT',
          'usedSince',
        ),
      ],
      [
        '{ experts(technologies: ["kafka"], asOf: "June") { score } }',
        failure(
          'experts',
          'asOf: "June" is not a month: expected YYYY-MM, e.g. "2024-06".',
          'BAD_USER_INPUT',
          'asOf',
        ),
      ],
    ]);
  });
});

describe('examples/experts.graphql on the seed (seed/resumes, from the documents)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('ranks 1f1d44f0f2c0cec7 over 493100191bcfc980 by recent Kafka; b0bdae752341232c has undated Kubernetes only', async () => {
    // As of 2026-06. 1f1d44f0f2c0cec7: Kafka in the current Principal role since 2025-09 (10 months)
    // and its Content Builder project (undated); Kubernetes at Baidu 2016-03..2018-06 and Microsoft
    // China 2018-06..2019-12 (46 months, overlap once), 78 months ago, and their Matrix and OpenAI
    // platform projects. 493100191bcfc980: Kafka at Verizon Labs 2016-04..2017-11 (20 months, 103
    // ago) and NorthStar; Kubernetes at Ericsson 2014-04..2016-04 and Uber ATG 2019-02..2020-12
    // (48 months, 66 ago) and the efficiency chargeback project. b0bdae752341232c: "Kubenetes" in
    // the Amadeus cloud role, which has no dates.
    const example = readFileSync(join(projectRoot, 'examples/experts.graphql'), 'utf8');
    const response = await graphql(server.url, example);
    const fact = (
      id: string,
      status: string,
      months: number | null,
      lastUsed: string | null,
      roles: string[],
      projects: string[],
    ) => use(id, status, months, lastUsed, roles, projects);
    expect(response.body).toEqual({
      data: {
        experts: [
          {
            person: { id: '1f1d44f0f2c0cec7', label: 'Principal Software Engineer @ Microsoft' },
            score: score(2 + (strength(10, 0) + strength(46, 78)) / 3),
            evidence: [
              fact(
                'kafka',
                'USED',
                10,
                '2026-06',
                ['1f1d44f0f2c0cec7-microsoft-principal'],
                ['content-builder'],
              ),
              fact(
                'kubernetes',
                'STALE',
                46,
                '2019-12',
                ['1f1d44f0f2c0cec7-microsoft-china-swe2', '1f1d44f0f2c0cec7-baidu-swe'], // document order: 002:45-56, 58-68
                ['matrix-platform', 'openai-platform'],
              ),
            ],
            missing: [],
          },
          {
            person: { id: '493100191bcfc980', label: 'Staff Software Engineer @ Stripe' },
            score: score(2 + (strength(20, 103) + strength(48, 66)) / 3),
            evidence: [
              fact(
                'kafka',
                'STALE',
                20,
                '2017-11',
                ['493100191bcfc980-verizon-labs-principal'],
                ['northstar'],
              ),
              fact(
                'kubernetes',
                'STALE',
                48,
                '2020-12',
                ['493100191bcfc980-uber-atg-senior', '493100191bcfc980-ericsson-sv-senior-research'], // 001:3-17, 46-55
                ['uber-atg-efficiency-chargeback'],
              ),
            ],
            missing: [],
          },
          {
            person: { id: 'b0bdae752341232c', label: 'Software Engineer @ NVIDIA' },
            score: 1,
            evidence: [fact('kubernetes', 'USED', null, null, ['b0bdae752341232c-amadeus-cloud'], [])],
            missing: ids('kafka'),
          },
        ],
      },
    });
  });
});
