import { optionsFromEnv } from '../../neo4j/local-neo4j.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
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
