import { describe, expect, it } from 'vitest';
import { parseRenderArguments } from '../../../src/generate/render/cli.js';

const usage =
  'Usage: npm run corpus:render -- --count N --seed S --out DIR [--formats text,markdown,pdf,docx]';

describe('corpus:render arguments', () => {
  it('read count, seed, folder and formats', () => {
    expect(
      parseRenderArguments(['--count', '12', '--seed', '3', '--out', '/tmp/c', '--formats', 'text,pdf']),
    ).toEqual({
      count: 12,
      seed: 3,
      out: '/tmp/c',
      formats: ['text', 'pdf'],
    });
    expect(parseRenderArguments(['-n', '1', '-s', '0', '-o', '/tmp/c']).formats).toEqual([
      'text',
      'markdown',
      'pdf',
      'docx',
    ]);
  });

  it.each([
    [
      ['--count', '0', '--seed', '1', '--out', 'x'],
      `--count "0" is not valid: expected an integer from 1 to 100000.\n${usage}`,
    ],
    [
      ['--count', '2', '--out', 'x'],
      `--seed "" is not valid: expected an integer from 0 to 4294967295.\n${usage}`,
    ],
    [['--count', '2', '--seed', '1'], `--out is missing: the folder to write the corpus into.\n${usage}`],
    [
      ['--count', '2', '--seed', '1', '--out', 'x', '--formats', 'text,rtf'],
      `--formats names "rtf": expected some of text, markdown, pdf, docx.\n${usage}`,
    ],
    [['--help'], usage],
  ])('refuse %j with a message that says what was expected', (argv, message) => {
    // An Error instance compares the whole message, not a part of it.
    expect(() => parseRenderArguments(argv)).toThrow(new Error(message));
  });
});
