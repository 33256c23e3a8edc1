// How close similarPeople's bounded answer comes to the exact ranking on a benchmark data set:
//   npx tsx bench/compare/similar-recall.ts [--people 10000] [--sample 40] [--first 10]
//     [--users-read N] [--candidates N] [--seed 1]
// Opens (or builds) the data set `bench:compare` uses for that size, takes `--sample` people evenly
// spread over the id order, and asks each person's question twice: with the shipped bounds (or the
// ones given) and with bounds past the graph's size (every technology read, every candidate scored,
// src/graphql/queries/similar-people.ts). Prints the recall summary and each side's median time.
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { optionsFromEnv } from '../../neo4j/local-neo4j.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { integerOption, parseOptions, reportUsage } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import {
  SIMILAR_CANDIDATES_SCORED,
  SIMILAR_USERS_READ,
  similarPeopleCypher,
} from '../../src/graphql/queries/similar-people.js';
import { openDataset } from './dataset.js';
import { rankingRecall } from './ranking-recall.js';

const usage = `Usage: npx tsx bench/compare/similar-recall.ts [--people 10000] [--sample 40] [--first 10]
  [--users-read N] [--candidates N] [--seed 1]`;

/** Beyond any data set's people and USES relationships: the exact ranking. */
const UNBOUNDED = 1_000_000_000;

interface Answer {
  found: boolean;
  similar: { person: { id: string } }[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(argv: readonly string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseOptions(
      argv,
      {
        people: { type: 'string', default: '10000' },
        sample: { type: 'string', default: '40' },
        first: { type: 'string', default: '10' },
        'users-read': { type: 'string', default: String(SIMILAR_USERS_READ) },
        candidates: { type: 'string', default: String(SIMILAR_CANDIDATES_SCORED) },
        seed: { type: 'string', default: '1' },
      },
      usage,
    );
  } catch (error) {
    return reportUsage(error);
  }
  const text = (name: string) => String(values[name]);
  const people = integerOption('people', text('people'), 1, 1_000_000, usage);
  const sample = integerOption('sample', text('sample'), 1, 10_000, usage);
  const first = integerOption('first', text('first'), 1, 100, usage);
  const usersRead = integerOption('users-read', text('users-read'), 1, UNBOUNDED, usage);
  const candidates = integerOption('candidates', text('candidates'), 1, UNBOUNDED, usage);
  const seed = integerOption('seed', text('seed'), 0, 2 ** 32 - 1, usage);
  const log = (line: string) => process.stderr.write(`[similar-recall] ${line}\n`);
  const runner = optionsFromEnv(process.env);
  const dataset = await openDataset({
    people,
    seed,
    reload: false,
    catalogue: await loadCatalogue(),
    memory: { heap: runner.heap, pageCache: runner.pageCache },
    log,
  });
  const { uri, password = '' } = dataset.database;
  const executor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 600_000 });
  try {
    const ids = (
      await executor.read<{ id: string }>({
        name: 'bench.similarRecall.people',
        text: 'MATCH (p:Person) RETURN p.id AS id ORDER BY p.id',
      })
    ).map((row) => row.id);
    const step = Math.max(1, Math.floor(ids.length / sample));
    const picked = ids.filter((_, index) => index % step === 0).slice(0, sample);
    const bounded = similarPeopleCypher(usersRead, candidates);
    const exact = similarPeopleCypher(UNBOUNDED, UNBOUNDED);
    const times = { bounded: [] as number[], exact: [] as number[] };
    const ask = async (side: 'bounded' | 'exact', personId: string) => {
      const query = side === 'bounded' ? bounded : exact;
      const params = { personId, first: neo4j.int(first) };
      await executor.read<Answer>(query, params);
      const started = performance.now();
      const [row] = await executor.read<Answer>(query, params);
      times[side].push(performance.now() - started);
      return (row?.similar ?? []).map((entry) => entry.person.id);
    };
    const pairs = [];
    for (const personId of picked) {
      pairs.push({ bounded: await ask('bounded', personId), exact: await ask('exact', personId) });
    }
    const summary = rankingRecall(pairs);
    process.stdout.write(
      `${JSON.stringify({
        size: people,
        sample: picked.length,
        first,
        usersRead,
        candidates,
        ...summary,
        boundedMedianMs: Math.round(median(times.bounded) * 10) / 10,
        exactMedianMs: Math.round(median(times.exact) * 10) / 10,
      })}\n`,
    );
    return 0;
  } finally {
    await executor.close();
    await dataset.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
