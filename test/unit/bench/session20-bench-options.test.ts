import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { parseQueryProfileArguments } from '../../../bench/compare/query-profile.js';
import { parseSimilarRecallArguments } from '../../../bench/compare/similar-recall.js';
import { commandLine, UsageError } from '../../../src/cli/cli-arguments.js';
import { projectRoot } from '../../../src/config.js';
import { refusal } from '../../support/usage-refusal.js';

const run = promisify(execFile);

describe('commandLine', () => {
  it('gives the parsed arguments when they are good', () => {
    expect(commandLine(() => ({ runs: 3 }))).toEqual({ args: { runs: 3 } });
  });

  it('writes a usage problem to stderr and gives exit code 2', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const line = commandLine(() => {
      throw new UsageError('--runs "x" is not valid: expected an integer from 1 to 10.\nUsage: x');
    });
    expect(line).toEqual({ exitCode: 2 });
    expect(stderr).toHaveBeenCalledWith(
      '--runs "x" is not valid: expected an integer from 1 to 10.\nUsage: x\n',
    );
  });

  it('throws what is not a usage problem', () => {
    expect(() =>
      commandLine(() => {
        throw new RangeError('a bug');
      }),
    ).toThrow(RangeError);
  });
});

describe('bench/compare/query-profile.ts options', () => {
  it('reads good options', () => {
    const args = parseQueryProfileArguments(['--people', '1000', '--replans', '3', '--query', 'colleagues']);
    expect(args).toMatchObject({ people: 1000, sample: 20, seed: 1, replans: 3, queryName: 'colleagues' });
    expect(args.againstTexts).toEqual([]);
  });

  it('names a bad number, a query it does not know and an --against file it cannot read', () => {
    expect(refusal(() => parseQueryProfileArguments(['--replans', 'x']))).toMatch(
      /^--replans "x" is not valid: expected an integer from 0 to 1000\.\nUsage: npx tsx bench\/compare\/query-profile\.ts/,
    );
    expect(refusal(() => parseQueryProfileArguments(['--query', 'experts']))).toMatch(
      /^--query "experts" is not valid: expected one of similar-people, similar-people-kept, colleagues, people-using-technology, people-using-technology-since, people-using-technology-since-page\.\n/,
    );
    const missing = join(projectRoot, 'no-such-file.cypher');
    expect(refusal(() => parseQueryProfileArguments(['--against', missing]))).toMatch(
      /^--against ".*no-such-file\.cypher" is not valid \(ENOENT\): expected a file of Cypher text\.\n/,
    );
  });
});

describe('bench/compare/similar-recall.ts options', () => {
  it('reads good options and names a bad one', () => {
    expect(parseSimilarRecallArguments(['--first', '5', '--candidates', '300'])).toMatchObject({
      people: 10000,
      sample: 40,
      first: 5,
      candidates: 300,
    });
    expect(refusal(() => parseSimilarRecallArguments(['--sample', '0']))).toMatch(
      /^--sample "0" is not valid: expected an integer from 1 to 10000\.\n/,
    );
  });
});

// Run as commands: the problem, then the usage line, exit code 2, and no stack trace.
describe('the scripts answer a bad option with one line and the usage, before they start anything', () => {
  async function failure(script: string, args: string[]) {
    return run(process.execPath, ['--import', 'tsx', join(projectRoot, script), ...args], {
      cwd: projectRoot,
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
  }

  it('bench/compare/query-profile.ts', async () => {
    expect(await failure('bench/compare/query-profile.ts', ['--replans', 'many'])).toEqual({
      code: 2,
      stderr:
        '--replans "many" is not valid: expected an integer from 0 to 1000.\n' +
        'Usage: npx tsx bench/compare/query-profile.ts [--people 10000] [--sample 20]\n' +
        '  [--query similar-people|similar-people-kept|colleagues|people-using-technology|people-using-technology-since|people-using-technology-since-page]\n' +
        '  [--against <file>] [--replans N] [--seed 1]\n',
    });
  });

  it('test/reliability/cold-plans.ts', async () => {
    // The configurations listed are CONFIGS's, which grow; the wording and the usage line are fixed.
    const answer = await failure('test/reliability/cold-plans.ts', ['--configs', 'fast']);
    expect(answer?.code).toBe(2);
    expect(answer?.stderr).toMatch(
      /^--configs names "fast": expected some of default, [^\n]*\.\nUsage: npx tsx test\/reliability\/cold-plans\.ts [^\n]*\n {2}\[--examples a,b\][^\n]*\n$/,
    );
  });
});
