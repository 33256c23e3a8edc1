import { join } from 'node:path';
import { integerOption, parseOptions, UsageError } from '../../src/cli/cli-arguments.js';
import { projectRoot } from '../../src/config.js';

export const usage = `Usage: npm run bench:compare -- [--people 1000,10000,100000] [--ops a,b] [--duration S]
  [--runs N] [--variants N] [--connections N] [--mixed-connections N] [--mixed-duration S]
  [--seed N] [--reload] [--out dir]
       npm run bench:compare -- --report bench/results/<file>.json   (the tables of a saved run)`;

export interface CompareArguments {
  /** Sizes, in the order given. */
  people: number[];
  /** Operation names; empty: all. */
  ops: string[];
  /** Seconds of throughput measurement per operation and target. */
  duration: number;
  /** Most sequential rounds per operation (one request per target each). */
  runs: number;
  /** Different variables each operation rotates through. */
  variants: number;
  connections: number;
  mixedConnections: number;
  /** Seconds of the mixed-load run; 0 skips it. */
  mixedDuration: number;
  seed: number;
  /** Generate and load every size again, even when a cached data set matches. */
  reload: boolean;
  out: string;
  /** Print the tables of this saved result instead of measuring. */
  report: string | undefined;
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseCompareArguments(argv: readonly string[]): CompareArguments {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    {
      people: { type: 'string', default: '1000' },
      ops: { type: 'string', default: '' },
      duration: { type: 'string', default: '10' },
      runs: { type: 'string', default: '30' },
      variants: { type: 'string', default: '5' },
      connections: { type: 'string', default: '8' },
      'mixed-connections': { type: 'string', default: '50' },
      'mixed-duration': { type: 'string', default: '60' },
      seed: { type: 'string', default: '1' },
      reload: { type: 'boolean', default: false },
      out: { type: 'string', default: join(projectRoot, 'bench/results') },
      report: { type: 'string' },
    },
    usage,
  );
  const text = (name: string) => String(values[name]);
  const people = list(text('people')).map((size) => integerOption('people', size, 1, 1_000_000, usage));
  if (people.length === 0)
    throw new UsageError(`--people is empty: give sizes such as 1000,10000.\n${usage}`);
  if (new Set(people).size !== people.length) {
    throw new UsageError(`--people "${text('people')}" names a size twice: give each once.\n${usage}`);
  }
  return {
    people,
    ops: list(text('ops')),
    duration: integerOption('duration', text('duration'), 1, 3600, usage),
    runs: integerOption('runs', text('runs'), 1, 10_000, usage),
    variants: integerOption('variants', text('variants'), 1, 100, usage),
    connections: integerOption('connections', text('connections'), 1, 1000, usage),
    mixedConnections: integerOption('mixed-connections', text('mixed-connections'), 1, 1000, usage),
    mixedDuration: integerOption('mixed-duration', text('mixed-duration'), 0, 3600, usage),
    seed: integerOption('seed', text('seed'), 0, 2 ** 32 - 1, usage),
    reload: values.reload === true,
    out: text('out'),
    report: typeof values.report === 'string' ? values.report : undefined,
  };
}
