import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config.js';
import { clearDatabase } from '../support/database.js';
import { graphqlData } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** The commands of the README's "Documents in" shell block, comments dropped. */
async function documentCommands(): Promise<string[]> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Documents in'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

function run(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, user, password } = inject('database');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', command],
      { cwd: projectRoot, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const seedPeople = ['b0bdae752341232c', '493100191bcfc980', '1f1d44f0f2c0cec7'];
const shared = `query ($ids: [ID!]!) {
  sharedTechnologies(personIds: $ids) { technology { id name } peopleCount people { person { id } } }
}`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the README "Documents in" commands', () => {
  it('are an ingest with --load, an ingest for review and a load', async () => {
    expect(await documentCommands()).toEqual([
      'npm run ingest -- seed/documents --load',
      'npm run ingest -- seed/documents --out .data/ingested',
      'npm run load -- .data/ingested',
    ]);
  });

  it('put the three documents in the graph, read from their text, sharing what the transcribed seed shares', {
    timeout: 300_000,
  }, async () => {
    // The answer over the hand transcriptions (seed/resumes), which the server loaded.
    const transcribed = await graphqlData(server.url, shared, { ids: seedPeople });
    expect(transcribed).toMatchObject({
      sharedTechnologies: [{ technology: { id: 'kubernetes' } }, { technology: { id: 'linux' } }],
    });

    await clearDatabase();
    const [ingestAndLoad] = await documentCommands();
    const loaded = await run(ingestAndLoad ?? '');
    expect(loaded.stderr).not.toContain('Not ingested');
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Loaded 3 of 3 files');
    expect(await graphqlData(server.url, shared, { ids: seedPeople })).toEqual(transcribed);
  });

  it('write the same résumés for review, which then load without changing the graph', {
    timeout: 300_000,
  }, async () => {
    const [, ingestForReview, load] = await documentCommands();
    await rm(join(projectRoot, '.data/ingested'), { recursive: true, force: true });
    const written = await run(ingestForReview ?? '');
    expect(written.code).toBe(0);
    expect((await readdir(join(projectRoot, '.data/ingested'))).sort()).toEqual([
      '000_b0bdae752341232c.txt.yaml',
      '001_493100191bcfc980.txt.yaml',
      '002_1f1d44f0f2c0cec7.txt.yaml',
    ]);
    const reloaded = await run(load ?? '');
    expect(reloaded.code).toBe(0);
    expect(reloaded.stdout).toContain('Loaded 3 of 3 files');
    expect(reloaded.stdout).toContain('Nodes: 0 created, 0 updated, 0 deleted.');
    expect(reloaded.stdout).toContain('Relationships: 0 created, 0 deleted.');
  });
});
