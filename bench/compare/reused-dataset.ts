import { optionsFromEnv } from '../../neo4j/local-neo4j.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { integerOption } from '../../src/cli/cli-arguments.js';
import { type OpenDataset, openDataset } from './dataset.js';

/**
 * bench:compare's data set of `people` (seed `seed`), for the scripts that ask its database
 * questions: reused when it matches the code, else built; the database takes NEO4J_HEAP and
 * NEO4J_PAGECACHE as bench:compare's does.
 */
export async function openReusedDataset(
  people: number,
  seed: number,
  log: (line: string) => void,
): Promise<OpenDataset> {
  const runner = optionsFromEnv(process.env);
  return openDataset({
    people,
    seed,
    reload: false,
    catalogue: await loadCatalogue(),
    memory: { heap: runner.heap, pageCache: runner.pageCache },
    log,
  });
}

/**
 * The options every script on a reused data set takes, for parseOptions: `--people` (its size),
 * `--sample` (how many people it asks, `sample` by default) and `--seed`.
 */
export function reusedDatasetOptions(sample: number) {
  return {
    people: { type: 'string', default: '10000' },
    sample: { type: 'string', default: String(sample) },
    seed: { type: 'string', default: '1' },
  } as const;
}

/** The values of `reusedDatasetOptions`, checked; `--sample` from `minSample` up. */
export function reusedDatasetArguments(
  text: (name: string) => string,
  minSample: number,
  usage: string,
): { people: number; sample: number; seed: number } {
  return {
    people: integerOption('people', text('people'), 1, 1_000_000, usage),
    sample: integerOption('sample', text('sample'), minSample, 10_000, usage),
    seed: integerOption('seed', text('seed'), 0, 2 ** 32 - 1, usage),
  };
}

/** At most `count` of `ids`, evenly spread over their order, the first included (none for 0). */
export function spreadSample<T>(ids: readonly T[], count: number): T[] {
  if (count === 0) return [];
  const step = Math.max(1, Math.floor(ids.length / count));
  return ids.filter((_, index) => index % step === 0).slice(0, count);
}
