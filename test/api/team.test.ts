import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { expertSources, strength } from '../fixtures/expert-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ids = (...list: string[]) => list.map((id) => ({ id }));
const member = (id: string, covers: string[], adds: string[], score: number) => ({
  person: { id },
  covers: ids(...covers),
  adds: ids(...adds),
  score: expect.closeTo(score, 12),
});
const fields = 'members { person { id } covers { id } adds { id } score } uncovered { id }';
const stack = '["kafka", "kubernetes", "go", "terraform", "python"]';
const team = (args: string) => `{ team(technologies: ${stack}, asOf: "2026-06"${args}) { ${fields} } }`;

// Five technologies asked, as of 2026-06 (test/fixtures/expert-careers.ts). Covers: ex-a {Kafka,
// Go}, ex-b {Kafka, Kubernetes, Go}, ex-c {Kafka, Terraform as a listed skill}, ex-d {Kubernetes,
// Terraform, Python}, ex-e and ex-f {Python}.
const bScore = 3 + (3 * strength(72, 6)) / 6;
const dScore = 3 + (2 * strength(12, 18)) / 6;
const cScore = 2 + 0 / 6;
const eScore = 1 + strength(12, 66) / 6;

describe('team on résumés built for it (test/fixtures/expert-careers.ts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: expertSources() });
  });
  afterAll(() => server.close());

  it('greedy cover: ex-b and ex-d both add three, ex-b scores higher; ex-d then adds the last two', async () => {
    expect(bScore).toBeGreaterThan(dScore);
    const response = await graphql(server.url, team(''));
    expect(response.body).toEqual({
      data: {
        team: {
          members: [
            member('ex-b', ['kafka', 'kubernetes', 'go'], ['kafka', 'kubernetes', 'go'], bScore),
            member('ex-d', ['kubernetes', 'terraform', 'python'], ['terraform', 'python'], dScore),
          ],
          uncovered: [],
        },
      },
    });
  });

  it('exclude: without ex-d, ex-c adds Terraform (score over ex-e), then ex-e Python (ex-f ties, later by id)', async () => {
    const response = await graphql(server.url, team(', exclude: ["ex-d"]'));
    expect(response.body).toEqual({
      data: {
        team: {
          members: [
            member('ex-b', ['kafka', 'kubernetes', 'go'], ['kafka', 'kubernetes', 'go'], bScore),
            member('ex-c', ['kafka', 'terraform'], ['terraform'], cScore),
            member('ex-e', ['python'], ['python'], eScore),
          ],
          uncovered: [],
        },
      },
    });
  });

  it('size bounds the team; what nobody left covers is uncovered, in the order asked', async () => {
    await expectAnswers(server.url, [
      [
        team(', size: 1, exclude: ["ex-d"]'),
        {
          data: {
            team: {
              members: [member('ex-b', ['kafka', 'kubernetes', 'go'], ['kafka', 'kubernetes', 'go'], bScore)],
              uncovered: ids('terraform', 'python'),
            },
          },
        },
      ],
      [
        team(', size: 3, exclude: ["ex-d", "ex-c"]'),
        {
          data: {
            team: {
              members: [
                member('ex-b', ['kafka', 'kubernetes', 'go'], ['kafka', 'kubernetes', 'go'], bScore),
                member('ex-e', ['python'], ['python'], eScore),
              ],
              uncovered: ids('terraform'),
            },
          },
        },
      ],
    ]);
  });

  it('a catalogue technology nobody names is uncovered; the same question gives the same team', async () => {
    const query =
      '{ team(technologies: ["rust", "Golang"], asOf: "2026-06") { members { person { id } covers { id } } uncovered { id name } } }';
    const expected = {
      data: {
        team: {
          members: [{ person: { id: 'ex-a' }, covers: ids('go') }],
          uncovered: [{ id: 'rust', name: 'Rust' }],
        },
      },
    };
    await expectAnswers(server.url, [
      [query, expected],
      [query, expected],
    ]);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    const many = JSON.stringify(Array.from({ length: 101 }, (_, index) => `p${index}`));
    await expectAnswers(server.url, [
      [
        '{ team(technologies: ["kafka"], size: 11) { uncovered { id } } }',
        failure(
          'team',
          'size: 11 is out of range: expected an integer from 1 to 10.',
          'BAD_USER_INPUT',
          'size',
        ),
      ],
      [
        '{ team(technologies: ["kafka"], size: 0) { uncovered { id } } }',
        failure(
          'team',
          'size: 0 is out of range: expected an integer from 1 to 10.',
          'BAD_USER_INPUT',
          'size',
        ),
      ],
      [
        `{ team(technologies: ["kafka"], exclude: ${many}) { uncovered { id } } }`,
        failure(
          'team',
          'exclude: 101 people given: pass at most 100 person ids.',
          'BAD_USER_INPUT',
          'exclude',
        ),
      ],
      [
        '{ team(technologies: ["kubernets"]) { uncovered { id } } }',
        failure(
          'team',
          'technologies: No technology "kubernets": did you mean "kubernetes" (Kubernetes)?',
          'BAD_USER_INPUT',
          'technologies',
        ),
      ],
    ]);
  });
});

describe('examples/team.graphql on the seed (seed/resumes, from the documents)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('each of the three covers three of the six; 493100191bcfc980 scores highest, b0bdae752341232c then adds two', async () => {
    // 493100191bcfc980: Kafka, Kubernetes, Flink (Uber ATG); 1f1d44f0f2c0cec7: Kafka, Kubernetes,
    // Python; b0bdae752341232c: Kubernetes (Amadeus cloud), Go and Terraform (Oracle Cloud Infra).
    // Scores (six asked, as of 2026-06): 493100191bcfc980 3 + (Kafka 20 months 103 ago, Kubernetes
    // 48 months 66 ago, Flink 23 months 66 ago) / 7; 1f1d44f0f2c0cec7 3 + (Kafka 10 months now,
    // Kubernetes 46 months 78 ago, Python undated) / 7; b0bdae752341232c 3 (all undated).
    expect(3 + (strength(20, 103) + strength(48, 66) + strength(23, 66)) / 7).toBeGreaterThan(
      3 + (strength(10, 0) + strength(46, 78)) / 7,
    );
    const example = readFileSync(join(projectRoot, 'examples/team.graphql'), 'utf8');
    const response = await graphql(server.url, example);
    expect(response.body).toEqual({
      data: {
        team: {
          members: [
            {
              person: { id: '493100191bcfc980', label: 'Staff Software Engineer @ Stripe' },
              covers: ids('kafka', 'kubernetes', 'flink'),
              adds: ids('kafka', 'kubernetes', 'flink'),
            },
            {
              person: { id: 'b0bdae752341232c', label: 'Software Engineer @ NVIDIA' },
              covers: ids('kubernetes', 'go', 'terraform'),
              adds: ids('go', 'terraform'),
            },
          ],
          uncovered: ids('python'),
        },
      },
    });
  });
});
