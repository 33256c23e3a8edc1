import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';

const run = promisify(execFile);

async function failure(
  script: string,
  args: string[],
): Promise<{ code: number; stderr: string } | undefined> {
  return run('npm', ['run', '--silent', script, '--', ...args], { cwd: projectRoot }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
}

// The benchmark scripts parse their options as every command line does (src/cli/cli-arguments.ts):
// a bad value is quoted, the usage line follows, the exit code is 2, and nothing starts.
describe('the benchmark scripts refuse bad options before they start anything', () => {
  it('npm run bench', async () => {
    expect(await failure('bench', ['--runs', 'many'])).toMatchObject({
      code: 2,
      stderr:
        '--runs "many" is not valid: expected an integer from 1 to 100000.\n' +
        'Usage: npm run bench -- [--url http://localhost:4000] [--runs N]\n',
    });
  });

  it('npm run bench:extract', async () => {
    expect(await failure('bench:extract', ['--count', '0'])).toMatchObject({
      code: 2,
      stderr:
        '--count "0" is not valid: expected an integer from 1 to 10000.\n' +
        'Usage: npm run bench:extract -- [--count N] [--seed N] [--seconds N] [--heldout]\n',
    });
  });

  it('npm run bench:explore', async () => {
    expect(await failure('bench:explore', ['--depth', '3'])).toMatchObject({
      code: 2,
      stderr:
        "Unknown option '--depth'\n" +
        'Usage: npm run bench:explore -- [--url http://localhost:4000] [--limit N] [--clicks N] [--runs N] [--screenshot file.png]\n',
    });
  });
});
