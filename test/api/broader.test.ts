import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { broaderSources } from '../fixtures/broader-careers.js';
import { strength } from '../fixtures/expert-careers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// As of 2026-06 (test/fixtures/broader-careers.ts). A direct cover adds 1 and its strength / (n + 1);
// an inferred one half of each (schema/experts.graphql). n = 1 here.
const direct = (months: number, since: number) => 1 + strength(months, since) / 2;
const inferred = (months: number, since: number) => 0.5 + (0.5 * strength(months, since)) / 2;

const catalogue = JSON.parse(readFileSync(join(projectRoot, 'seed/technologies.json'), 'utf8')) as {
  id: string;
  broader?: string[];
}[];

interface ExpertAnswer {
  person: { id: string };
  score: number;
  evidence: { technology: { id: string }; inferred: boolean; via: { id: string } | null; months: number }[];
  missing: { id: string }[];
}

describe('broader links: Technology.broader and narrower, experts(rollUp:), technologyLandscape(rollUp:)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: broaderSources() });
  });
  afterAll(() => server.close());

  const experts = async (args: string) => {
    const response = await graphql<{ experts: ExpertAnswer[] }>(
      server.url,
      `{ experts(${args}, asOf: "2026-06") { person { id } score evidence { technology { id } inferred via { id } months } missing { id } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.experts ?? [];
  };

  it('Technology.broader and narrower read the catalogue, in the graph or not', async () => {
    const narrowerOfKubernetes = catalogue
      .filter((entry) => entry.broader?.includes('kubernetes'))
      .map((entry) => ({ id: entry.id }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(narrowerOfKubernetes.length).toBeGreaterThan(3);
    const response = await graphql(
      server.url,
      '{ eks: technology(id: "eks") { broader { id name } narrower { id } } k8s: technology(id: "k8s") { broader { id } narrower { id } } }',
    );
    expect(response.body).toEqual({
      data: {
        eks: {
          broader: [
            { id: 'kubernetes', name: 'Kubernetes' },
            { id: 'aws', name: 'Amazon Web Services' },
          ],
          narrower: [],
        },
        k8s: { broader: [], narrower: narrowerOfKubernetes },
      },
    });
  });

  it('experts without rollUp: only who names Kubernetes itself', async () => {
    const answer = await experts('technologies: ["kubernetes"]');
    expect(answer).toEqual([
      {
        person: { id: 'br-b' },
        score: direct(30, 0),
        evidence: [{ technology: { id: 'kubernetes' }, inferred: false, via: null, months: 30 }],
        missing: [],
      },
    ]);
  });

  it('experts(rollUp: true): EKS and Helm users cover Kubernetes, inferred, weighing half, below direct use', async () => {
    const answer = await experts('technologies: ["Kubernetes"], rollUp: true');
    const rolled = (id: string, via: string, months: number) => ({
      person: { id },
      evidence: [{ technology: { id: 'kubernetes' }, inferred: true, via: { id: via }, months }],
      missing: [],
    });
    // br-c used Helm and EKS in one role: equally strong, so the first by id (eks) is the evidence.
    expect(answer.map(({ score: _score, ...rest }) => rest)).toEqual([
      {
        person: { id: 'br-b' },
        evidence: [{ technology: { id: 'kubernetes' }, inferred: false, via: null, months: 30 }],
        missing: [],
      },
      rolled('br-c', 'eks', 120),
      rolled('br-a', 'eks', 72),
      rolled('br-d', 'eks', 24),
    ]);
    const scores = [direct(30, 0), inferred(120, 6), inferred(72, 6), inferred(24, 78)];
    for (const [index, expert] of answer.entries()) {
      expect(expert.score).toBeCloseTo(scores[index] as number, 10);
    }
  });

  it('experts(rollUp: true) covers a technology nobody names, at any depth (Express → Node.js → JavaScript)', async () => {
    expect(await experts('technologies: ["javascript"]')).toEqual([]);
    const answer = await experts('technologies: ["JS"], rollUp: true');
    expect(answer).toEqual([
      {
        person: { id: 'br-d' },
        score: expect.closeTo(inferred(24, 78), 10),
        evidence: [{ technology: { id: 'javascript' }, inferred: true, via: { id: 'express' }, months: 24 }],
        missing: [],
      },
    ]);
  });

  it('team(rollUp: true): one member covers both through narrower technologies, marked inferred; without it, only direct use', async () => {
    const members =
      'members { person { id } covers { id } adds { id } inferred { id } score } uncovered { id }';
    const asked = 'technologies: ["kubernetes", "javascript"], size: 3, asOf: "2026-06"';
    const response = await graphql(
      server.url,
      `{ plain: team(${asked}) { ${members} } rolledUp: team(${asked}, rollUp: true) { ${members} }
         one: team(technologies: ["kubernetes"], size: 1, asOf: "2026-06", rollUp: true) { ${members} } }`,
    );
    // n = 2 for the first two: br-b's direct Kubernetes adds 1 + strength / 3. br-d used Amazon EKS
    // (under Kubernetes) and Express (under Node.js, under JavaScript), 2018-01..2019-12: 24 months,
    // 78 before asOf; each inferred cover adds 0.5 and half its strength / 3.
    expect(response.body).toEqual({
      data: {
        plain: {
          members: [
            {
              person: { id: 'br-b' },
              covers: [{ id: 'kubernetes' }],
              adds: [{ id: 'kubernetes' }],
              inferred: [],
              score: expect.closeTo(1 + strength(30, 0) / 3, 10),
            },
          ],
          uncovered: [{ id: 'javascript' }],
        },
        rolledUp: {
          members: [
            {
              person: { id: 'br-d' },
              covers: [{ id: 'kubernetes' }, { id: 'javascript' }],
              adds: [{ id: 'kubernetes' }, { id: 'javascript' }],
              inferred: [{ id: 'kubernetes' }, { id: 'javascript' }],
              score: expect.closeTo(1 + strength(24, 78) / 3, 10),
            },
          ],
          uncovered: [],
        },
        // Everyone covers Kubernetes once rolled up; the tie goes to the higher score, direct use.
        one: {
          members: [
            {
              person: { id: 'br-b' },
              covers: [{ id: 'kubernetes' }],
              adds: [{ id: 'kubernetes' }],
              inferred: [],
              score: expect.closeTo(direct(30, 0), 10),
            },
          ],
          uncovered: [],
        },
      },
    });
  });

  it('technologyLandscape(rollUp: true) merges each technology into its top, marks what it merged', async () => {
    const fields =
      'nodes { technology { id } peopleCount rolledUp { id } } edges { source target weight } communityCount';
    const plain = await graphql(server.url, `{ technologyLandscape { ${fields} } }`);
    expect(plain.body).toEqual({
      data: {
        technologyLandscape: {
          nodes: [
            { technology: { id: 'eks' }, peopleCount: 3, rolledUp: [] },
            { technology: { id: 'express' }, peopleCount: 1, rolledUp: [] },
            { technology: { id: 'helm' }, peopleCount: 1, rolledUp: [] },
            { technology: { id: 'kubernetes' }, peopleCount: 1, rolledUp: [] },
          ],
          edges: [
            { source: 'eks', target: 'express', weight: 1 },
            { source: 'eks', target: 'helm', weight: 1 },
          ],
          communityCount: expect.any(Number),
        },
      },
    });
    const rolled = await graphql(server.url, `{ technologyLandscape(rollUp: true) { ${fields} } }`);
    expect(rolled.body).toEqual({
      data: {
        technologyLandscape: {
          nodes: [
            { technology: { id: 'kubernetes' }, peopleCount: 4, rolledUp: [{ id: 'eks' }, { id: 'helm' }] },
            { technology: { id: 'javascript' }, peopleCount: 1, rolledUp: [{ id: 'express' }] },
          ],
          edges: [{ source: 'javascript', target: 'kubernetes', weight: 1 }],
          communityCount: 1,
        },
      },
    });
  });
});
