import { describe, expect, it } from 'vitest';
import { HelpRequested, integerOption, UsageError } from '../../../src/cli/cli-arguments.js';
import { parseExportArguments } from '../../../src/cli/export.js';
import { parseGenerateArguments } from '../../../src/cli/generate.js';
import { parseIngestArguments } from '../../../src/cli/ingest.js';
import { parseLoadArguments } from '../../../src/cli/load.js';

/** Each command line of src/cli, the arguments it needs besides the one under test, and a bad integer option. */
const commands = [
  { name: 'export', parse: parseExportArguments, needs: ['--format', 'json'], integer: ['depth', 1, 3] },
  { name: 'ingest', parse: parseIngestArguments, needs: ['cv.pdf'], integer: ['concurrency', 1, 32] },
  { name: 'load', parse: parseLoadArguments, needs: ['seed/resumes'], integer: ['concurrency', 1, 32] },
  {
    name: 'generate',
    parse: parseGenerateArguments,
    needs: ['--people', '3', '--seed', '1'],
    integer: ['people', 1, 1_000_000],
  },
] as const;

function failure(parse: () => unknown): Error {
  try {
    parse();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the arguments to be refused');
}

describe.each(commands)(
  'npm run $name arguments, worded as every command line words them',
  ({ name, parse, needs, integer }) => {
    const usageLine = new RegExp(`\\nUsage: npm run ${name} [^\\n]*$`);

    it('refuses an unknown option, naming it, then the usage line', () => {
      const error = failure(() => parse([...needs, '--colour', 'red']));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(new RegExp(`^Unknown option '--colour'.*${usageLine.source}`, 's'));
    });

    it('refuses an integer out of range, quoting it with the range, then the usage line', () => {
      const [option, min, max] = integer;
      const argv = [
        ...needs.filter((_, index) => needs[index - 1] !== `--${option}` && needs[index] !== `--${option}`),
        `--${option}`,
        '0',
      ];
      const error = failure(() => parse(argv));
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(
        new RegExp(
          `^--${option} "0" is not valid: expected an integer from ${min} to ${max}\\.${usageLine.source}`,
        ),
      );
    });

    it('answers --help with text that starts with the usage line (stdout, exit 0)', () => {
      const error = failure(() => parse([...needs, '--help']));
      expect(error).toBeInstanceOf(HelpRequested);
      expect(error.message).toMatch(new RegExp(`^Usage: npm run ${name} `));
    });
  },
);

describe('commands that read files or folders', () => {
  it.each([
    ['ingest', parseIngestArguments],
    ['load', parseLoadArguments],
  ] as const)('npm run %s refuses a run with none, then the usage line', (name, parse) => {
    const error = failure(() => parse(['--concurrency', '2']));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toMatch(
      new RegExp(`^No files or folders given\\.\\nUsage: npm run ${name} [^\\n]*$`),
    );
  });
});

describe('integerOption', () => {
  it('reads a whole number in range and refuses blank text, which Number() would read as 0', () => {
    expect(integerOption('seed', '7', 0, 10, 'Usage: x')).toBe(7);
    for (const raw of ['', '  ', undefined]) {
      expect(() => integerOption('seed', raw, 0, 10, 'Usage: x')).toThrow(
        `--seed "${raw ?? ''}" is not valid: expected an integer from 0 to 10.\nUsage: x`,
      );
    }
  });
});
