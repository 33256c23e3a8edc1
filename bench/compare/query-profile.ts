// Database hits and rows of similarPeople's, colleagues' and the people-by-technology pages' queries
// on a benchmark data set, counts that do not depend on the machine's load (PROFILE), with the
// answers compared to a reference:
//   npx tsx bench/compare/query-profile.ts [--people 10000] [--sample 20] [--query similar-people]
//     [--against <file>] [--replans N] [--seed 1]
// The people asked: bench:compare's subjects (the generator's first 5) and `--sample` more spread
// over the id order; the technologies: bench:compare's (popularity ranks 1, 2, 4, 8, 16) and
// `--sample` more ranks (powers of 2, as many as there are). Each is asked with the shipped query, PROFILEd, and timed (median of 5 runs
// after one warm-up). The reference answer is similarPeople reading every technology, or, with
// `--against`, the Cypher text in that file (an older version of the query, say; with a comma-separated
// list, the first), which is then PROFILEd too. `--replans N` measures planning instead: each text EXPLAINed N times on the warm
// JVM with the plan cache cleared (the shipped text and every `--against` file, in turns), Neo4j's
// CPU-seconds per plan. Prints one JSON document; take the
// heavy lock (it starts Neo4j).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { processCpuSeconds } from '../../neo4j/local-neo4j.js';
import { commandLine, integerOption, parseOptions, UsageError } from '../../src/cli/cli-arguments.js';
import { type CypherQuery, cypher } from '../../src/db/cypher-query.js';
import { Executor, type Params } from '../../src/db/Executor.js';
import { Label } from '../../src/graph/model.js';
import { currentMonth } from '../../src/graph/months.js';
import { colleaguesQuery } from '../../src/graphql/queries/colleagues.js';
import { peopleConnection } from '../../src/graphql/queries/connections.js';
import {
  keptSimilarPeopleQuery,
  SIMILAR_BUDGETS,
  similarPeopleCypher,
  similarPeopleQuery,
} from '../../src/graphql/queries/similar-people.js';
import { listParams } from '../../src/graphql/resolvers/connections.js';
import { keepSimilarList } from '../../src/graphql/similar-lists.js';
import { percentile } from '../../src/util/percentile.js';
import { firstPeople } from './dataset.js';
import { subjectsQuery } from './operations.js';
import {
  openReusedDataset,
  reusedDatasetArguments,
  reusedDatasetOptions,
  spreadSample,
} from './reused-dataset.js';

const usage = `Usage: npx tsx bench/compare/query-profile.ts [--people 10000] [--sample 20]
  [--query similar-people|similar-people-kept|colleagues|people-using-technology|people-using-technology-since|people-using-technology-since-page]
  [--against <file>] [--replans N] [--seed 1]`;

/** A list page of the people who used `technologyId` (first 20), as the API asks it, optionally time-filtered. */
function peopleUsing(filter: Record<string, unknown>, withTotal: boolean) {
  return (technologyId: string) => {
    const { params, timed, unfiltered } = listParams(
      'people',
      { first: 20, filter: { technologyId, ...filter } },
      withTotal,
    );
    return { query: peopleConnection.write({ timed, unfiltered }), params };
  };
}

/** bench:compare's time filter: used since 2020-01, for 6 months or more. */
const SINCE_2020 = { usedSince: '2020-01', minMonths: 6 };

interface ProfiledQuery {
  asks: 'people' | 'technologies';
  ask: (subject: string) => { query: CypherQuery; params: Params };
  reference?: CypherQuery;
  /** Run before asking about `subject` (what the API's first request for it leaves behind). */
  prepare?: (executor: Executor, subject: string) => Promise<unknown>;
}

/**
 * The queries this measures: who they ask about (people, or technologies: bench:compare's), the
 * shipped text and parameters for one of them, and the reference when no file is given.
 */
const QUERIES: Record<string, ProfiledQuery> = {
  'similar-people': {
    asks: 'people',
    ask: (personId) => ({ query: similarPeopleQuery, params: { personId, first: neo4j.int(10) } }),
    reference: similarPeopleCypher(SIMILAR_BUDGETS, true),
  },
  // What the API asks first: the person's kept list's query, the list kept first as the API's first request leaves it.
  'similar-people-kept': {
    asks: 'people',
    ask: (personId) => ({ query: keptSimilarPeopleQuery, params: { personId, first: neo4j.int(10) } }),
    reference: similarPeopleCypher(SIMILAR_BUDGETS, true),
    prepare: (executor, personId) => keepSimilarList(executor, personId),
  },
  colleagues: {
    asks: 'people',
    ask: (personId) => ({
      query: colleaguesQuery,
      params: {
        personId,
        first: neo4j.int(20),
        minOverlapMonths: neo4j.int(1),
        currentMonth: neo4j.int(currentMonth()),
      },
    }),
  },
  'people-using-technology': { asks: 'technologies', ask: peopleUsing({}, false) },
  'people-using-technology-since': { asks: 'technologies', ask: peopleUsing(SINCE_2020, true) },
  'people-using-technology-since-page': { asks: 'technologies', ask: peopleUsing(SINCE_2020, false) },
};

/** The query asked about nobody in particular, for EXPLAIN. */
const placeholderAsk = (chosen: ProfiledQuery) => chosen.ask(chosen.asks === 'people' ? '' : 'kafka');

/** Σ of an operator tree's database hits and rows. */
function totals(plan: ProfiledPlan): { dbHits: number; rows: number } {
  return plan.children
    .map(totals)
    .reduce((sum, child) => ({ dbHits: sum.dbHits + child.dbHits, rows: sum.rows + child.rows }), {
      dbHits: plan.dbHits,
      rows: plan.rows,
    });
}

const median = (values: number[]) => Math.round(percentile(values, 0.5) * 10) / 10;

/** Columns that say how an answer was found (which stage, a kept list's state), not what: left out of the comparison. */
const HOW = new Set(['stage', 'fresh', 'answered', 'stampTechnologies', 'stampVersions']);

async function measure(driver: Driver, query: CypherQuery, params: Params) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const answer = JSON.stringify(
      (await session.run(query.text, params)).records.map((record) =>
        Object.fromEntries(Object.entries(record.toObject()).filter(([column]) => !HOW.has(column))),
      ),
    );
    const profiled = await session.run(`PROFILE ${query.text}`, params);
    const plan = profiled.summary.profile;
    if (!plan) throw new Error(`${query.name}: PROFILE gave no plan.`);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const at = performance.now();
      await session.run(query.text, params);
      times.push(performance.now() - at);
    }
    return { answer, ...totals(plan), ms: median(times) };
  } finally {
    await session.close();
  }
}

interface Row {
  /** The person or technology asked about. */
  subject: string;
  dbHits: number;
  rows: number;
  ms: number;
  sameAnswer?: boolean;
  referenceDbHits?: number;
  referenceRows?: number;
  referenceMs?: number;
}

/** The command line's arguments, checked (the `--against` files read); a UsageError names what is wrong. */
export function parseQueryProfileArguments(argv: readonly string[]) {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    {
      ...reusedDatasetOptions(20),
      query: { type: 'string', default: 'similar-people' },
      against: { type: 'string' },
      replans: { type: 'string', default: '0' },
    },
    usage,
  );
  const text = (name: string) => String(values[name]);
  const chosen = QUERIES[text('query')];
  if (!chosen) {
    throw new UsageError(
      `--query "${text('query')}" is not valid: expected one of ${Object.keys(QUERIES).join(', ')}.\n${usage}`,
    );
  }
  const againstFiles = typeof values.against === 'string' ? values.against.split(',') : [];
  const againstTexts = againstFiles.map((file) => {
    try {
      return cypher(`${placeholderAsk(chosen).query.name}.against`, readFileSync(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new UsageError(
        `--against "${file}" is not valid (${reason}): expected a file of Cypher text.\n${usage}`,
      );
    }
  });
  return {
    ...reusedDatasetArguments(text, 0, usage),
    replans: integerOption('replans', text('replans'), 0, 1000, usage),
    queryName: text('query'),
    chosen,
    againstFiles,
    againstTexts,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const line = commandLine(() => parseQueryProfileArguments(argv));
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, sample, seed, replans, queryName, chosen, againstFiles, againstTexts } = line.args;
  const [against] = againstTexts;
  const reference = against ?? chosen.reference;
  const log = (line: string) => process.stderr.write(`[query-profile] ${line}\n`);
  const dataset = await openReusedDataset(people, seed, log);
  const { uri, password = '' } = dataset.database;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    if (replans > 0) {
      // Planning only: each text EXPLAINed `replans` times on the warm JVM, the plan cache
      // cleared before each, in turns; Neo4j's CPU-seconds per plan (median).
      const asked = placeholderAsk(chosen);
      const texts = [asked.query, ...againstTexts];
      const cpu: number[][] = texts.map(() => []);
      const session = driver.session();
      try {
        for (let round = 0; round <= replans; round++) {
          for (const [index, query] of texts.entries()) {
            await session.run('CALL db.clearQueryCaches()');
            const before = processCpuSeconds(dataset.database.pid) ?? 0;
            await session.run(`EXPLAIN ${query.text}`, asked.params);
            // Round 0 warms the JVM for both texts alike and is not counted.
            if (round > 0) cpu[index]?.push((processCpuSeconds(dataset.database.pid) ?? 0) - before);
          }
        }
      } finally {
        await session.close();
      }
      process.stdout.write(
        `${JSON.stringify({
          people,
          query: queryName,
          replans,
          loadAverage: loadavg(),
          planCpuS: texts.map((query, index) => ({
            text: index === 0 ? 'shipped' : againstFiles[index - 1],
            chars: query.text.length,
            median: median(cpu[index] ?? []),
            all: cpu[index],
          })),
        })}\n`,
      );
      return 0;
    }
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    let subjects: string[];
    if (chosen.asks === 'people') {
      const ids = (
        await session.run(`MATCH (p:${Label.Person}) RETURN p.id AS id ORDER BY p.id`)
      ).records.map((record) => record.get('id') as string);
      subjects = [...new Set([...(await firstPeople(dataset.paths, 5)), ...spreadSample(ids, sample)])];
    } else {
      // bench:compare's technologies (popularity ranks 1, 2, 4, 8, 16), then further ranks.
      const [picked] = (await session.run(subjectsQuery.text, { count: neo4j.int(5 + sample) })).records;
      subjects = (picked?.get('technologies') as string[] | undefined) ?? [];
    }
    await session.close();
    const rows: Row[] = [];
    const executor = new Executor(driver, { timeoutMs: 300_000 });
    for (const subject of subjects) {
      await chosen.prepare?.(executor, subject);
      const { query, params } = chosen.ask(subject);
      const shipped = await measure(driver, query, params);
      const other = reference ? await measure(driver, reference, params) : undefined;
      rows.push({
        subject,
        dbHits: shipped.dbHits,
        rows: shipped.rows,
        ms: shipped.ms,
        ...(other
          ? {
              sameAnswer: other.answer === shipped.answer,
              referenceDbHits: other.dbHits,
              referenceRows: other.rows,
              referenceMs: other.ms,
            }
          : {}),
      });
      log(JSON.stringify(rows.at(-1)));
    }
    const sum = (key: 'dbHits' | 'rows' | 'referenceDbHits' | 'referenceRows', of = rows) =>
      of.reduce((total, row) => total + (row[key] ?? 0), 0);
    const firstFive = rows.slice(0, 5);
    process.stdout.write(
      `${JSON.stringify(
        {
          people,
          query: queryName,
          reference: against ? againstFiles[0] : reference ? 'every technology read' : 'none',
          asked: rows.length,
          differ: rows.filter((row) => row.sameAnswer === false).map((row) => row.subject),
          subjects: {
            dbHits: sum('dbHits', firstFive),
            rows: sum('rows', firstFive),
            referenceDbHits: sum('referenceDbHits', firstFive),
            referenceRows: sum('referenceRows', firstFive),
            msMedian: median(firstFive.map((row) => row.ms)),
          },
          all: {
            dbHits: sum('dbHits'),
            rows: sum('rows'),
            referenceDbHits: sum('referenceDbHits'),
            referenceRows: sum('referenceRows'),
            msMedian: median(rows.map((row) => row.ms)),
          },
          perPerson: rows,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  } finally {
    await driver.close();
    await dataset.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
