import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxLandscapeNodes } from '../../src/career/landscape-limits.js';
import { projectRoot } from '../../src/config.js';
import { landscapeSources } from '../fixtures/landscape-careers.js';
import { expectAnswers, failure } from '../support/expected-answers.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const example = readFileSync(join(projectRoot, 'examples/technology-landscape.graphql'), 'utf8');

const node = (id: string, peopleCount: number, community: number) => ({
  technology: { id },
  peopleCount,
  community,
});

describe('technologyLandscape on résumés built for it (test/fixtures/landscape-careers.ts)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, resumes: landscapeSources() });
  });
  afterAll(() => server.close());

  it('examples/technology-landscape.graphql: two stacks are two communities, a lone skill a third', async () => {
    const response = await graphql(server.url, example);
    expect(response.body).toEqual({
      data: {
        technologyLandscape: {
          nodes: [
            node('scala', 3, 0),
            node('spark', 3, 0),
            node('kafka', 2, 0),
            node('react', 2, 1),
            node('typescript', 2, 1),
            node('go', 1, 2),
            node('nodejs', 1, 1),
          ],
          edges: [
            { source: 'scala', target: 'spark', weight: 3 },
            { source: 'kafka', target: 'spark', weight: 2 },
            { source: 'react', target: 'typescript', weight: 2 },
            { source: 'kafka', target: 'scala', weight: 1 },
            { source: 'nodejs', target: 'react', weight: 1 },
            { source: 'nodejs', target: 'typescript', weight: 1 },
          ],
          communityCount: 3,
        },
      },
    });
  });

  it('answers the same every time for the same graph', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => graphql(server.url, example)));
    for (const answer of answers) expect(answer.body).toEqual(answers[0]?.body);
  });

  it('minPeople and first cap the nodes, and edges only join nodes shown', async () => {
    await expectAnswers(server.url, [
      [
        '{ technologyLandscape(minPeople: 2, first: 3) { nodes { technology { id } peopleCount community } edges { source target weight } communityCount } }',
        {
          data: {
            technologyLandscape: {
              nodes: [node('scala', 3, 0), node('spark', 3, 0), node('kafka', 2, 0)],
              edges: [
                { source: 'scala', target: 'spark', weight: 3 },
                { source: 'kafka', target: 'spark', weight: 2 },
                { source: 'kafka', target: 'scala', weight: 1 },
              ],
              communityCount: 1,
            },
          },
        },
      ],
      [
        '{ technologyLandscape(minPeople: 4) { nodes { peopleCount } edges { weight } communityCount } }',
        { data: { technologyLandscape: { nodes: [], edges: [], communityCount: 0 } } },
      ],
    ]);
  });

  it('rejects bounds it cannot honour, naming the argument', async () => {
    await expectAnswers(server.url, [
      [
        '{ technologyLandscape(first: 0) { communityCount } }',
        failure(
          'technologyLandscape',
          `first: 0 is out of range: expected an integer from 1 to ${maxLandscapeNodes}.`,
          'BAD_USER_INPUT',
          'first',
        ),
      ],
      [
        `{ technologyLandscape(first: ${maxLandscapeNodes + 1}) { communityCount } }`,
        failure(
          'technologyLandscape',
          `first: ${maxLandscapeNodes + 1} is out of range: expected an integer from 1 to ${maxLandscapeNodes}.`,
          'BAD_USER_INPUT',
          'first',
        ),
      ],
      [
        '{ technologyLandscape(minPeople: 0) { communityCount } }',
        failure(
          'technologyLandscape',
          'minPeople: 0 is out of range: expected an integer from 1 to 1000000.',
          'BAD_USER_INPUT',
          'minPeople',
        ),
      ],
    ]);
  });
});
