import { describe, expect, it } from 'vitest';
import {
  reusedDatasetArguments,
  reusedDatasetOptions,
  spreadSample,
} from '../../../bench/compare/reused-dataset.js';
import { parseOptions, UsageError } from '../../../src/cli/cli-arguments.js';

const usage = 'Usage: test';

function parse(argv: string[], sample: number, minSample: number) {
  const values = parseOptions(argv, reusedDatasetOptions(sample), usage);
  return reusedDatasetArguments((name) => String(values[name as keyof typeof values]), minSample, usage);
}

describe('the options of a script on a reused data set', () => {
  it('defaults to 10,000 people, the script’s sample and seed 1', () => {
    expect(parse([], 40, 1)).toEqual({ people: 10_000, sample: 40, seed: 1 });
    expect(parse([], 20, 0)).toEqual({ people: 10_000, sample: 20, seed: 1 });
  });

  it('reads the values given', () => {
    expect(parse(['--people', '1000', '--sample', '0', '--seed', '7'], 20, 0)).toEqual({
      people: 1000,
      sample: 0,
      seed: 7,
    });
  });

  it.each([
    [['--sample', '0'], 1, '--sample "0" is not valid: expected an integer from 1 to 10000.'],
    [['--people', '0'], 0, '--people "0" is not valid: expected an integer from 1 to 1000000.'],
    [['--seed', '1.5'], 0, '--seed "1.5" is not valid: expected an integer from 0 to 4294967295.'],
  ])('refuses %j (sample from %i) naming the option and the range', (argv, minSample, message) => {
    expect(() => parse(argv, 20, minSample)).toThrow(UsageError);
    expect(() => parse(argv, 20, minSample)).toThrow(`${message}\n${usage}`);
  });
});

describe('spreadSample', () => {
  const ids = Array.from({ length: 10 }, (_, index) => `p${index}`);

  it('takes every (length / count)th id from the first, at most count', () => {
    expect(spreadSample(ids, 5)).toEqual(['p0', 'p2', 'p4', 'p6', 'p8']);
    expect(spreadSample(ids, 3)).toEqual(['p0', 'p3', 'p6']);
    expect(spreadSample(ids, 4)).toEqual(['p0', 'p2', 'p4', 'p6']);
  });

  it('gives every id when asked for as many or more, and none for 0', () => {
    expect(spreadSample(ids, 10)).toEqual(ids);
    expect(spreadSample(ids, 25)).toEqual(ids);
    expect(spreadSample(ids, 0)).toEqual([]);
    expect(spreadSample([], 3)).toEqual([]);
  });
});
