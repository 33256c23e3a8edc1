// Why similarPeople's stage 1 proves or not, and what each stage reads, for bench:compare's
// subjects on a reused data set:
//   npx tsx bench/compare/similar-diagnose.ts [--people 10000] [--sample 0] [--against f1,f2]
// Per person: its technologies' users (rarest first), stage 1's last score and bounds, the exact
// 10th score (every technology read), the users a prefix holds for stage 1's score and for the
// exact one; then, for the shipped text and each `--against` file (Cypher text), the answer
// compared with the exact one, the stage, database hits (PROFILE; stage 1's alone too) and the
// median of 5 timed runs. Prints one JSON document. Take the heavy lock (it starts Neo4j).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import neo4j, { type ProfiledPlan, type Session } from 'neo4j-driver';
import { parseOptions } from '../../src/cli/cli-arguments.js';
import { Label } from '../../src/graph/model.js';
import {
  SIMILAR_BUDGETS,
  similarPeopleCypher,
  similarPeopleQuery,
} from '../../src/graphql/queries/similar-people.js';
import { percentile } from '../../src/util/percentile.js';
import { firstPeople } from './dataset.js';
import {
  openReusedDataset,
  reusedDatasetArguments,
  reusedDatasetOptions,
  spreadSample,
} from './reused-dataset.js';

const usage =
  'Usage: npx tsx bench/compare/similar-diagnose.ts [--people 10000] [--sample 0] [--against f1,f2]';

/** Every operator of a plan, depth first. */
function operators(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

const hits = (plan: ProfiledPlan | false) =>
  plan ? operators(plan).reduce((sum, operator) => sum + operator.dbHits, 0) : undefined;

const num = (value: unknown) =>
  neo4j.isInt(value) ? (value as neo4j.Integer).toNumber() : (value as number);

/** The text up to stage 2, returning what stage 1 decided. */
function stage1Of(text: string): string {
  const cut = text.indexOf('CALL (me, technologies, weights, mine, rests, lowest1, proven1)');
  if (cut < 0) throw new Error('similar-diagnose: the text has no stage 2 after stage 1.');
  return `${text.slice(0, cut)}
  RETURN taken1, lowest1, unscored1, unread1, proven1, mine, rests,
    [t IN technologies | COUNT { (t)<-[:USES]-() }] AS users, weights`;
}

async function answerOf(session: Session, text: string, params: Record<string, unknown>) {
  const record = (await session.run(text, params)).records[0];
  const similar = (record?.get('similar') ?? []) as { person: { id: string }; score: number }[];
  return {
    stage: num(record?.get('stage')),
    answer: JSON.stringify(similar.map((entry) => [entry.person.id, entry.score])),
    tenth: similar.at(-1)?.score ?? 0,
  };
}

async function measure(session: Session, text: string, params: Record<string, unknown>, exact: string) {
  const { stage, answer } = await answerOf(session, text, params);
  const profiled = await session.run(`PROFILE ${text}`, params);
  const profiledStage1 = await session.run(`PROFILE ${stage1Of(text)}`, params);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const at = performance.now();
    await session.run(text, params);
    times.push(performance.now() - at);
  }
  const plan = profiled.summary.profile;
  return {
    sameAsExact: answer === exact,
    stage,
    dbHits: hits(plan),
    stage1DbHits: hits(profiledStage1.summary.profile),
    ms: Math.round(percentile(times, 0.5) * 10) / 10,
    costliest: plan
      ? operators(plan)
          .sort((a, b) => b.dbHits - a.dbHits)
          .slice(0, 6)
          .map((op) => ({
            operator: op.operatorType,
            dbHits: op.dbHits,
            rows: op.rows,
            details: String(op.arguments?.Details ?? '').slice(0, 140),
          }))
      : [],
  };
}

async function main(argv: readonly string[]) {
  const values: Record<string, string | boolean | undefined> = parseOptions(
    argv,
    { ...reusedDatasetOptions(0), against: { type: 'string' } },
    usage,
  );
  const { people, sample, seed } = reusedDatasetArguments((name) => String(values[name]), 0, usage);
  const files = typeof values.against === 'string' ? values.against.split(',') : [];
  const texts = [
    { name: 'shipped', text: similarPeopleQuery.text },
    ...files.map((file) => ({ name: file, text: readFileSync(file, 'utf8') })),
  ];
  const exactText = similarPeopleCypher(SIMILAR_BUDGETS, true).text;
  const log = (line: string) => process.stderr.write(`[similar-diagnose] ${line}\n`);
  const dataset = await openReusedDataset(people, seed, log);
  const driver = neo4j.driver(
    dataset.database.uri,
    neo4j.auth.basic('neo4j', dataset.database.password ?? ''),
  );
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const ids = (await session.run(`MATCH (p:${Label.Person}) RETURN p.id AS id ORDER BY p.id`)).records.map(
      (record) => record.get('id') as string,
    );
    const subjects = [...new Set([...(await firstPeople(dataset.paths, 5)), ...spreadSample(ids, sample)])];
    const rows = [];
    for (const personId of subjects) {
      const params = { personId, first: neo4j.int(10) };
      const s1 = (await session.run(stage1Of(similarPeopleQuery.text), params)).records[0]?.toObject() ?? {};
      const users = (s1.users as unknown[]).map(num);
      const rests = (s1.rests as unknown[]).map(num);
      const mine = num(s1.mine);
      const exact = await answerOf(session, exactText, params);
      const prefix = (low: number) => {
        const taken = rests.slice(0, users.length).filter((rest) => rest / mine >= low).length;
        return { taken, users: users.slice(0, taken).reduce((a, b) => a + b, 0) };
      };
      const row = {
        personId,
        technologies: users.length,
        mine,
        users,
        taken1: num(s1.taken1),
        stage1Users: users.slice(0, num(s1.taken1)).reduce((a, b) => a + b, 0),
        lowest1: num(s1.lowest1),
        unscored1: num(s1.unscored1),
        unread1: num(s1.unread1),
        proven1: s1.proven1,
        exactTenth: exact.tenth,
        prefixWithLowest1: prefix(num(s1.lowest1)),
        prefixWithExact: prefix(exact.tenth),
        texts: [] as unknown[],
      };
      for (const { name, text } of texts) {
        row.texts.push({ name, ...(await measure(session, text, params, exact.answer)) });
      }
      log(JSON.stringify(row));
      rows.push(row);
    }
    process.stdout.write(`${JSON.stringify({ people, loadAverage: loadavg(), rows }, null, 1)}\n`);
  } finally {
    await session.close();
    await driver.close();
    await dataset.close();
  }
}

await main(process.argv.slice(2));
