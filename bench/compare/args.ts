import { join } from 'node:path';
import { parseArgs } from 'node:util';
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

export class UsageError extends Error {}

function integer(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(
      `--${name} "${raw}" is not valid: expected an integer from ${min} to ${max}.\n${usage}`,
    );
  }
  return value;
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseCompareArguments(argv: readonly string[]): CompareArguments {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
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
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  if (values.help) throw new UsageError(usage);
  const text = (name: string) => String(values[name]);
  const people = list(text('people')).map((size) => integer('people', size, 1, 1_000_000));
  if (people.length === 0)
    throw new UsageError(`--people is empty: give sizes such as 1000,10000.\n${usage}`);
  if (new Set(people).size !== people.length) {
    throw new UsageError(`--people "${text('people')}" names a size twice: give each once.\n${usage}`);
  }
  return {
    people,
    ops: list(text('ops')),
    duration: integer('duration', text('duration'), 1, 3600),
    runs: integer('runs', text('runs'), 1, 10_000),
    variants: integer('variants', text('variants'), 1, 100),
    connections: integer('connections', text('connections'), 1, 1000),
    mixedConnections: integer('mixed-connections', text('mixed-connections'), 1, 1000),
    mixedDuration: integer('mixed-duration', text('mixed-duration'), 0, 3600),
    seed: integer('seed', text('seed'), 0, 2 ** 32 - 1),
    reload: values.reload === true,
    out: text('out'),
    report: typeof values.report === 'string' ? values.report : undefined,
  };
}
