import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { graphql } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const read = (name: string) => readFileSync(join(projectRoot, 'examples', name), 'utf8');

describe('gap analysis and career moves on the seed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('examples/gap-analysis.graphql', async () => {
    const response = await graphql(server.url, read('gap-analysis.graphql'));
    console.log(JSON.stringify(response.body, null, 1));
  });

  it('examples/career-moves.graphql', async () => {
    const response = await graphql(server.url, read('career-moves.graphql'));
    console.log(JSON.stringify(response.body, null, 1));
  });
});
