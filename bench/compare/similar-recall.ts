// How similarPeople's staged answer compares with the exact ranking on a benchmark data set:
//   npx tsx bench/compare/similar-recall.ts [--people 10000] [--sample 40] [--first 10]
//     [--users-read N] [--candidates N] [--seed 1]
// Opens (or builds) the data set `bench:compare` uses for that size, takes `--sample` people evenly
// spread over the id order, and asks each person's question twice: with the shipped budgets (or the
// ones given) and with every technology read in stage 1 (src/graphql/queries/similar-people.ts).
// Prints the recall summary, how many answers each stage gave, and each side's p50 and p99.
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import { commandLine, integerOption, parseOptions } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { Label } from '../../src/graph/model.js';
import { SIMILAR_BUDGETS, similarPeopleCypher } from '../../src/graphql/queries/similar-people.js';
import { percentile } from '../../src/util/percentile.js';
import { rankingRecall } from './ranking-recall.js';
import {
  openReusedDataset,
  reusedDatasetArguments,
  reusedDatasetOptions,
  spreadSample,
} from './reused-dataset.js';

const usage = `Usage: npx tsx bench/compare/similar-recall.ts [--people 10000] [--sample 40] [--first 10]
  [--users-read N] [--candidates N] [--seed 1]`;

/** The largest budget similarPeopleCypher accepts. */
const UNBOUNDED = 1_000_000_000;

interface Answer {
  found: boolean;
  similar: { person: { id: string }; score: number }[];
  stage: number;
}

/** The `q` percentile of `values` (src/util/percentile.ts), rounded to 0.1. */
const quantile = (values: number[], q: number) => Math.round(percentile(values, q) * 10) / 10;

/** The command line's arguments, checked; a UsageError names what is wrong. */
export function parseSimilarRecallArguments(argv: readonly string[]) {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    {
      ...reusedDatasetOptions(40),
      first: { type: 'string', default: '10' },
      'users-read': { type: 'string', default: String(SIMILAR_BUDGETS.usersRead) },
      candidates: { type: 'string', default: String(SIMILAR_BUDGETS.candidatesScored) },
    },
    usage,
  );
  const text = (name: string) => String(values[name]);
  return {
    ...reusedDatasetArguments(text, 1, usage),
    first: integerOption('first', text('first'), 1, 100, usage),
    usersRead: integerOption('users-read', text('users-read'), 1, UNBOUNDED, usage),
    candidates: integerOption('candidates', text('candidates'), 1, UNBOUNDED, usage),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const line = commandLine(() => parseSimilarRecallArguments(argv));
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, sample, seed, first, usersRead, candidates } = line.args;
  const log = (line: string) => process.stderr.write(`[similar-recall] ${line}\n`);
  const dataset = await openReusedDataset(people, seed, log);
  const { uri, password = '' } = dataset.database;
  const executor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 600_000 });
  try {
    const ids = (
      await executor.read<{ id: string }>({
        name: 'bench.similarRecall.people',
        text: `MATCH (p:${Label.Person}) RETURN p.id AS id ORDER BY p.id`,
      })
    ).map((row) => row.id);
    const picked = spreadSample(ids, sample);
    const budgets = { usersRead, candidatesScored: candidates };
    const bounded = similarPeopleCypher(budgets);
    const exact = similarPeopleCypher(budgets, true);
    const times = { bounded: [] as number[], exact: [] as number[] };
    const stages: Record<string, number> = {};
    const ask = async (side: 'bounded' | 'exact', personId: string) => {
      const query = side === 'bounded' ? bounded : exact;
      const params = { personId, first: neo4j.int(first) };
      await executor.read<Answer>(query, params);
      const started = performance.now();
      const [row] = await executor.read<Answer>(query, params);
      times[side].push(performance.now() - started);
      if (side === 'bounded') stages[String(row?.stage)] = (stages[String(row?.stage)] ?? 0) + 1;
      return (row?.similar ?? []).map((entry) => `${entry.person.id} ${entry.score}`);
    };
    const pairs = [];
    for (const personId of picked) {
      pairs.push({ bounded: await ask('bounded', personId), exact: await ask('exact', personId) });
    }
    // Identical means the same people in the same order with the same scores.
    const summary = rankingRecall(pairs);
    process.stdout.write(
      `${JSON.stringify({
        size: people,
        sample: picked.length,
        first,
        usersRead,
        candidates,
        ...summary,
        answeredByStage: stages,
        p50Ms: quantile(times.bounded, 0.5),
        p99Ms: quantile(times.bounded, 0.99),
        exactP50Ms: quantile(times.exact, 0.5),
        exactP99Ms: quantile(times.exact, 0.99),
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
