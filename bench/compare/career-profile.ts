// Database hits and rows of the career questions' queries (issue 13: experts, team, gaps,
// careerMoves) on a benchmark data set, counts that do not depend on the machine's load (PROFILE):
//   npx tsx bench/compare/career-profile.ts [--people 10000] [--sample 5] [--ops experts,team]
//     [--ahead 1,120,600] [--seed 1]
// Each question is asked with the parameters its resolver sends for bench:compare's variables
// (its subjects: `--sample` variants), `experts` and `team` as of each month `--ahead` months after
// this one (as the uncached rows ask), PROFILEd and timed (median of 5 runs after one warm-up).
// Prints one JSON document: per question the Σ of db hits and rows, the operators with the most
// db hits, the median time and Neo4j's CPU time per run, and a digest of the answers (the same digest before and after a change
// of the query text means the same answers). Take the heavy lock (it starts Neo4j).
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { processCpuSeconds } from '../../neo4j/local-neo4j.js';
import { coverRequest } from '../../src/career/experts-cover.js';
import { type CoverQueries, expertsQueries } from '../../src/career/experts-query.js';
import { gapsQuery } from '../../src/career/gaps-query.js';
import { askedSpellings } from '../../src/career/gaps-resolvers.js';
import { careerMovesQuery } from '../../src/career/moves-query.js';
import { greedyTeam } from '../../src/career/team.js';
import { teamQueries } from '../../src/career/team-query.js';
import { loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { commandLine, parseOptions, UsageError } from '../../src/cli/cli-arguments.js';
import { createDriver } from '../../src/db/create-driver.js';
import type { CypherQuery } from '../../src/db/cypher-query.js';
import { Executor, type Params } from '../../src/db/Executor.js';
import { currentMonth, monthText } from '../../src/graph/months.js';
import { companyNeedles, technologyNeedles } from '../../src/graphql/technology-lookup.js';
import { percentile } from '../../src/util/percentile.js';
import { firstPeople } from './dataset.js';
import { readSubjects, type Subjects } from './operations.js';
import { openReusedDataset, reusedDatasetArguments, reusedDatasetOptions } from './reused-dataset.js';

const usage = `Usage: npx tsx bench/compare/career-profile.ts [--people 10000] [--sample 5]
  [--ops experts,experts-roll-up,team,gaps,career-moves] [--ahead 1,120,600] [--seed 1]`;

type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

/** One question's query and parameters for a variant and an `asOf` (month text, or undefined for now). */
type Ask = (
  subjects: Subjects,
  variant: number,
  catalogue: Catalogue,
  asOf: string | undefined,
) => { query: CypherQuery; params: Params };

const cover =
  (queries: CoverQueries, args: (subjects: Subjects, variant: number) => Record<string, unknown>): Ask =>
  (subjects, variant, catalogue, asOf) => {
    const { technologies, rollUp, ...extra } = args(subjects, variant);
    return coverRequest(
      catalogue.technologies,
      queries,
      { technologies: technologies as string[], rollUp: rollUp === true, asOf: asOf ?? null },
      extra,
    );
  };

/** The questions, with bench/compare/operations.ts's variables and the parameters their resolvers add. */
const QUESTIONS: Record<
  string,
  { ask: Ask; dated: boolean; answer?: (rows: Record<string, unknown>[]) => unknown }
> = {
  experts: {
    dated: true,
    ask: cover(expertsQueries, (subjects, variant) => ({
      technologies: subjects.technologies.slice(variant % 3, (variant % 3) + 3),
      first: 10,
      keep: 10,
    })),
  },
  'experts-roll-up': {
    dated: true,
    ask: cover(expertsQueries, (subjects, variant) => ({
      technologies: (subjects.broadTechnologies ?? []).slice(variant % 3, (variant % 3) + 3),
      rollUp: true,
      first: 10,
      keep: 10,
    })),
  },
  team: {
    dated: true,
    // The team greedy set cover builds from the candidates, not the candidates: which people the
    // query passes over, knowing they are never chosen, is how, not what.
    answer: (rows) => {
      const row = rows[0] as {
        ids: string[];
        candidates: { person: { id: string }; score: number; covered: string[] }[];
      };
      const chosen = greedyTeam(
        row.ids,
        row.candidates.map((candidate) => ({ ...candidate, id: candidate.person.id })),
        3,
      );
      return chosen.members.map(({ candidate, adds }) => [candidate.id, candidate.score, adds]);
    },
    ask: cover(teamQueries, (subjects, variant) => ({
      technologies: subjects.technologies.slice(0, 6),
      size: 3,
      keep: 3,
      exclude: [subjects.people[variant % subjects.people.length]],
    })),
  },
  gaps: {
    dated: false,
    ask: (subjects, variant, catalogue) => ({
      query: gapsQuery,
      params: {
        personId: subjects.people[variant % subjects.people.length],
        technologies: askedSpellings(catalogue.technologies, subjects.technologies.slice(0, 6)).map(
          technologyNeedles,
        ),
      },
    }),
  },
  'career-moves': {
    dated: false,
    ask: (subjects, variant) => {
      const companies = subjects.companies ?? [];
      return {
        query: careerMovesQuery,
        params: { company: companyNeedles(companies[variant % Math.max(1, companies.length)] ?? '') },
      };
    },
  },
};

interface Operator {
  operator: string;
  dbHits: number;
  rows: number;
}

/** Every operator of a plan tree, flattened. */
function operators(plan: ProfiledPlan): Operator[] {
  return [
    { operator: plan.operatorType, dbHits: plan.dbHits, rows: plan.rows },
    ...plan.children.flatMap(operators),
  ];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Neo4j's CPU time of `pid` over the 5 timed runs, per run (ms): less moved by other work than times are. */
async function measure(
  driver: Driver,
  query: CypherQuery,
  params: Params,
  pid: number | undefined,
  answerOf: (rows: Record<string, unknown>[]) => unknown,
) {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const answer = JSON.stringify(
      answerOf((await session.run(query.text, params)).records.map((r) => r.toObject())),
    );
    const profiled = await session.run(`PROFILE ${query.text}`, params);
    const plan = profiled.summary.profile;
    if (!plan) throw new Error(`${query.name}: PROFILE gave no plan.`);
    const times: number[] = [];
    const cpuBefore = pid === undefined ? undefined : processCpuSeconds(pid);
    for (let run = 0; run < 5; run++) {
      const at = performance.now();
      await session.run(query.text, params);
      times.push(performance.now() - at);
    }
    const cpuAfter = pid === undefined ? undefined : processCpuSeconds(pid);
    const cpuMs =
      cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / 5;
    return { answer, operators: operators(plan), ms: percentile(times, 0.5), cpuMs };
  } finally {
    await session.close();
  }
}

/** The command line's arguments, checked; a UsageError names what is wrong. */
export function parseCareerProfileArguments(argv: readonly string[]) {
  const values = parseOptions(
    argv,
    {
      ...reusedDatasetOptions(5),
      ops: { type: 'string', default: Object.keys(QUESTIONS).join(',') },
      ahead: { type: 'string', default: '1,120,600' },
    },
    usage,
  );
  const text = (name: string) => String((values as Record<string, unknown>)[name]);
  const ops = text('ops').split(',');
  const unknown = ops.filter((op) => !QUESTIONS[op]);
  if (unknown.length > 0) {
    throw new UsageError(
      `--ops "${unknown.join(',')}" is not valid: expected some of ${Object.keys(QUESTIONS).join(', ')}.\n${usage}`,
    );
  }
  const ahead = text('ahead')
    .split(',')
    .map((item) => Number(item));
  if (ahead.some((months) => !Number.isInteger(months) || months < 0 || months > 1200)) {
    throw new UsageError(
      `--ahead "${text('ahead')}" is not valid: expected months from 0 to 1200, comma-separated.\n${usage}`,
    );
  }
  return { ...reusedDatasetArguments(text, 1, usage), ops, ahead };
}

async function main(argv: readonly string[]): Promise<number> {
  const line = commandLine(() => parseCareerProfileArguments(argv));
  if (line.exitCode !== undefined) return line.exitCode;
  const { people, sample, seed, ops, ahead } = line.args;
  const log = (text: string) => process.stderr.write(`[career-profile] ${text}\n`);
  const dataset = await openReusedDataset(people, seed, log);
  const { uri, password = '' } = dataset.database;
  const executor = new Executor(createDriver({ uri, user: 'neo4j', password }), { timeoutMs: 300_000 });
  try {
    const catalogue = await loadCatalogue();
    const subjects = await readSubjects(executor, {
      people: await firstPeople(dataset.paths, sample),
      count: sample,
      catalogue,
    });
    const results = [];
    for (const name of ops) {
      const question = QUESTIONS[name] as (typeof QUESTIONS)[string];
      const asOfs = question.dated ? ahead.map((months) => monthText(currentMonth() + months)) : [undefined];
      const digest = createHash('sha256');
      const byOperator = new Map<string, Operator>();
      const times: number[] = [];
      const cpu: number[] = [];
      let dbHits = 0;
      let rows = 0;
      for (const asOf of asOfs) {
        for (let variant = 0; variant < sample; variant++) {
          const { query, params } = question.ask(subjects, variant, catalogue, asOf);
          const measured = await measure(
            executor.driver,
            query,
            params,
            dataset.database.pid,
            question.answer ?? ((rows) => rows),
          );
          digest.update(measured.answer);
          times.push(measured.ms);
          if (measured.cpuMs !== undefined) cpu.push(measured.cpuMs);
          for (const item of measured.operators) {
            dbHits += item.dbHits;
            rows += item.rows;
            const sum = byOperator.get(item.operator) ?? { operator: item.operator, dbHits: 0, rows: 0 };
            sum.dbHits += item.dbHits;
            sum.rows += item.rows;
            byOperator.set(item.operator, sum);
          }
        }
      }
      const result = {
        question: name,
        asked: times.length,
        dbHits,
        rows,
        msMedian: round(percentile(times, 0.5)),
        neo4jCpuMsMedian: cpu.length > 0 ? round(percentile(cpu, 0.5)) : null,
        answers: digest.digest('hex').slice(0, 16),
        topOperators: [...byOperator.values()].sort((a, b) => b.dbHits - a.dbHits).slice(0, 6),
      };
      log(JSON.stringify(result));
      results.push(result);
    }
    process.stdout.write(
      `${JSON.stringify({ people, sample, ahead, loadAverage: loadavg(), subjects, results }, null, 2)}\n`,
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
