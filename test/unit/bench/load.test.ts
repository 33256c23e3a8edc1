import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';

const run = promisify(execFile);

describe('npm run bench:load', () => {
  it('refuses a size that is no positive integer, quoting it, before it starts anything', async () => {
    const failed = await run('npm', ['run', '--silent', 'bench:load', '--', '--people', '0'], {
      cwd: projectRoot,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toBe(
      '--people "0" is not valid: expected an integer from 1 to 1000000.\n' +
        'Usage: npm run bench:load -- [--people N] [--seed N]\n',
    );
  });
});
