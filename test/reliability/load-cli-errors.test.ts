import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../neo4j/local-neo4j.js';
import { projectRoot } from '../../src/config.js';

/*
 * `npm run load` words its own failures for someone loading files (issue 9 point 4): the database
 * layer's errors carry no HTTP advice, so a load against a database that is not there says what to
 * check and that running it again is safe, never "GET /health".
 */

describe('npm run load with no database answering', () => {
  it('exits 1 saying what to check and that the same command can run again', async () => {
    const port = await freePort();
    const outcome = await promisify(execFile)(
      process.execPath,
      [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), 'src/cli/load.ts', 'seed/resumes'],
      {
        cwd: projectRoot,
        env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'unused' },
      },
    ).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect({ code: outcome.code, stdout: outcome.stdout }).toEqual({ code: 1, stdout: '' });
    expect(outcome.stderr).toMatch(
      /^Load failed: the database is not answering \(.+\)\. Check it with "npm run db:status" \(or NEO4J_URI\), then run the same command again: résumés already loaded are left as they are\.\n$/,
    );
    expect(outcome.stderr).not.toContain('/health');
  });
});
