import { describe, expect, it } from 'vitest';
import { parseCompareArguments } from '../../../bench/compare/args.js';
import { operations, selectOperations } from '../../../bench/compare/operations.js';
import { UsageError } from '../../../src/cli/cli-arguments.js';

describe('parseCompareArguments', () => {
  it('has defaults for a quick run on 1,000 people', () => {
    const args = parseCompareArguments([]);
    expect(args).toMatchObject({
      people: [1000],
      ops: [],
      duration: 10,
      runs: 30,
      variants: 5,
      connections: 8,
      mixedConnections: 50,
      mixedDuration: 60,
      seed: 1,
      reload: false,
      report: undefined,
    });
    expect(args.out).toMatch(/bench\/results$/);
    expect(parseCompareArguments(['--report', 'bench/results/x.json']).report).toBe('bench/results/x.json');
  });

  it('reads sizes and operations as comma-separated lists', () => {
    const args = parseCompareArguments([
      '--people',
      '1000, 10000,100000',
      '--ops',
      'person-detail,graph',
      '--duration',
      '3',
      '--mixed-duration',
      '0',
      '--reload',
    ]);
    expect(args).toMatchObject({
      people: [1000, 10000, 100000],
      ops: ['person-detail', 'graph'],
      duration: 3,
      mixedDuration: 0,
      reload: true,
    });
  });

  it('refuses bad values, quoting them and saying what is expected', () => {
    expect(() => parseCompareArguments(['--people', '1000,ten'])).toThrow(
      /^--people "ten" is not valid: expected an integer from 1 to 1000000\./,
    );
    expect(() => parseCompareArguments(['--duration', '0'])).toThrow(
      /^--duration "0" is not valid: expected an integer from 1 to 3600\./,
    );
    expect(() => parseCompareArguments(['--people', '1000,1000'])).toThrow(/names a size twice/);
    expect(() => parseCompareArguments(['--people', ''])).toThrow(/--people is empty/);
    expect(() => parseCompareArguments(['--fast'])).toThrow(UsageError);
  });
});

describe('selectOperations', () => {
  it('is every operation, in table order, when none is named', () => {
    expect(selectOperations([]).map((operation) => operation.name)).toEqual(
      operations.map((operation) => operation.name),
    );
  });

  it('keeps table order whatever order they are named in', () => {
    expect(selectOperations(['graph', 'person-detail']).map((operation) => operation.name)).toEqual([
      'person-detail',
      'graph',
    ]);
  });

  it('names the unknown operation and the known ones', () => {
    expect(() => selectOperations(['person-detail', 'expert-finder'])).toThrow(
      `--ops: no operation "expert-finder": expected some of ${operations.map((operation) => operation.name).join(', ')}.`,
    );
  });

  it('has unique names', () => {
    const names = operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
