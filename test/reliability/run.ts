/**
 * `npm run test:reliability`: the reliability suite against a throwaway Neo4j of its own (temp
 * folder, free ports; never the development database) and the API as its own process (`src/main.ts`,
 * as `npm start` runs it), so that the load generator and the fault loops here never share an
 * event loop with the server they measure. It runs the hostile-request and hostile résumé corpora,
 * the delete/import races of issue 11 (points 1 and 2), a load of mixed reads with autocannon,
 * database faults under load (kill -STOP, kill -9, return) with the times that matter, and kill -9
 * of a load at random points followed by a rerun compared with a clean load by canonical hash. It
 * prints one Markdown table, with the machine and its load average, and exits non-zero when any
 * case fails. Not part of `npm test` (it takes about fifteen minutes).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import {
  freePort,
  optionsFromEnv,
  processCpuSeconds,
  startNeo4j,
  stopNeo4j,
  threadCpuByGroup,
  threadCpuSeconds,
} from '../../neo4j/local-neo4j.js';
import { projectRoot } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { errorMessage } from '../../src/util/error-message.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { clearDatabase } from '../support/clear-database.js';
import { raceStagger } from '../support/race-stagger.js';
import { describeReturn, GOAL, LOAD, loadRow, type Row, returnPerQuery, roundsFrom } from './goals.js';
import { HOSTILE_REQUESTS, meets, sendHostile } from './hostile-requests.js';
import { HOSTILE_DIR, HOSTILE_RESUMES } from './hostile-resumes.js';

const rows: Row[] = [];
const log = (line: string) => console.error(`[reliability] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A folder: the faults part writes its requests there (faults.json), and the run the logs of its API and Neo4j. */
const TRACE = process.env.RELIABILITY_TRACE;
const TOKEN = 'reliability-token';

const STOP_SECONDS = 20;

const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');

async function hash(executor: Executor): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify(await canonicalDump(executor)))
    .digest('hex')
    .slice(0, 16);
}

interface Answer {
  /** When it was sent and answered, in performance.now() milliseconds. */
  at: number;
  ms: number;
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  codes: string[];
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const at = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as Answer['body'];
    return {
      at,
      ms: performance.now() - at,
      status: response.status,
      body,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
    };
  } catch (error) {
    return { at, ms: performance.now() - at, status: 0, body: {}, codes: [`NO_ANSWER: ${String(error)}`] };
  }
}

interface Server {
  url: string;
  child: ChildProcess;
  logFile: string;
  exited: () => boolean;
}

/** The API as `npm start` runs it, on the throwaway database; resolves once /health says ok. */
async function startServer(
  home: string,
  target: { uri: string; user: string; password: string },
): Promise<Server> {
  const port = await freePort();
  const logFile = join(home, 'api.log');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [tsx, 'src/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: target.uri,
      NEO4J_USER: target.user,
      NEO4J_PASSWORD: target.password,
      PORT: String(port),
      CAREER_GRAPH_TOKEN: TOKEN,
      NODE_ENV: '',
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let exit: number | null | undefined;
  child.on('exit', (code) => {
    exit = code;
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      // The home (and the log with it) is removed at the end of the run: quote the log's end.
      const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-5).join(' | ');
      throw new Error(`The API exited (${exit}) while starting: ${tail}`);
    }
    const ok = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { url, child, logFile, exited: () => exit !== undefined };
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`The API did not answer /health within 5 minutes; see ${logFile}`);
}

async function serverUp(server: Server): Promise<boolean> {
  if (server.exited()) return false;
  return fetch(`${server.url}/health`, { signal: AbortSignal.timeout(2_000) })
    .then((response) => response.status === 200)
    .catch(() => false);
}

/**
 * The parts to run, named on the command line (`npx tsx test/reliability/run.ts races` reruns only
 * the races); every part when none is named.
 */
const PARTS = ['hostile-requests', 'hostile-resumes', 'races', 'load', 'faults', 'killed-loads'];
const named = process.argv.slice(2);
const chosen = (name: string) => named.length === 0 || named.includes(name);

async function main(): Promise<number> {
  const unknown = named.filter((name) => !PARTS.includes(name));
  if (unknown.length > 0) {
    log(
      `unknown part ${unknown.map((name) => JSON.stringify(name)).join(', ')}: name some of ${PARTS.join(', ')}, or none for all.`,
    );
    return 2;
  }
  let rounds: ReturnType<typeof roundsFrom>;
  try {
    rounds = roundsFrom(process.env);
  } catch (error) {
    log(errorMessage(error));
    return 2;
  }
  const home = mkdtempSync(join(tmpdir(), 'career-graph-reliability-'));
  const boltPort = await freePort();
  const httpPort = await freePort();
  // NEO4J_JIT as `npm start` reads it: the restart after kill -9 runs in that mode too.
  const { jit } = optionsFromEnv(process.env);
  const neo4jOptions = { home, boltPort, httpPort, heap: '1g', pageCache: '512m', jit, log };
  const loadBefore = loadavg();
  const started = Date.now();
  let db = await startNeo4j(neo4jOptions);
  const target = { uri: db.uri, user: db.user, password: db.password ?? '' };
  const batch = connect({ ...target, database: undefined }, 'batch', { timeoutMs: 60_000 });
  let server: Server | undefined;
  try {
    // On a machine loaded past its cores the API's own start (schema, seed) can run past the query
    // deadline and exit: that is not what this suite measures, so it is started again, twice at most.
    for (let attempt = 1; !server; attempt++) {
      server = await startServer(home, target).catch((error: unknown) => {
        if (attempt >= 3 || !/ran past its \d+ ms limit/.test(String(error))) throw error;
        log(`the API did not start (attempt ${attempt}): ${String(error).slice(0, 200)}`);
        return undefined;
      });
    }
    const part = (name: string) => log(`${name} (${((Date.now() - started) / 60_000).toFixed(1)} min in)`);
    if (chosen('hostile-requests')) {
      part('hostile requests');
      await hostileRequests(server, batch);
    }
    if (chosen('hostile-resumes')) {
      part('hostile résumés');
      await hostileResumes(server, batch);
    }
    if (chosen('races')) {
      part('races');
      await races(server, batch, rounds.races);
    }
    if (chosen('load')) {
      part('load');
      await load(server, await generatedPeople(target, rounds.people));
    }
    if (chosen('faults')) {
      part('database faults');
      db = await faults(server, neo4jOptions, db);
    }
    if (chosen('killed-loads')) {
      part('killed loads');
      await killedLoads(target, batch, rounds.kills);
    }
    const up = await serverUp(server);
    rows.push({
      part: 'API process after every part',
      cases: 1,
      failed: up ? 0 : 1,
      figures: up ? 'up, never restarted' : `down; see ${server.logFile}`,
    });
  } catch (error) {
    rows.push({ part: 'the run itself', cases: 1, failed: 1, figures: String(error) });
  } finally {
    server?.child.kill('SIGTERM');
    await batch.close();
    await stopNeo4j({ home, graceMs: 10_000 });
    printTable(loadBefore, started);
    // The API's log and Neo4j's, without the store.
    if (TRACE) cpSync(home, join(TRACE, 'home'), { recursive: true, filter: (f) => !f.includes('/data/') });
    rmSync(home, { recursive: true, force: true });
  }
  return rows.some((row) => row.failed > 0) ? 1 : 0;
}

async function hostileRequests(server: Server, executor: Executor): Promise<void> {
  const before = await hash(executor);
  let failed = 0;
  for (const hostile of HOSTILE_REQUESTS) {
    const answer = await sendHostile(server.url, TOKEN, hostile).catch((error: unknown) => ({
      status: 0,
      codes: [String(error)],
    }));
    if (!meets(hostile, answer)) {
      failed += 1;
      log(
        `hostile request "${hostile.name}": ${JSON.stringify(answer)}, expected ${hostile.status} ${hostile.codes}`,
      );
    }
  }
  const unchanged = (await hash(executor)) === before;
  const up = await serverUp(server);
  rows.push({
    part: 'hostile requests',
    cases: HOSTILE_REQUESTS.length,
    failed: failed + (unchanged ? 0 : 1) + (up ? 0 : 1),
    figures: `graph unchanged: ${unchanged}; server up: ${up}`,
  });
}

/** Each refused file through the loader (where and what) and through importResume (its code). */
async function hostileResumes(server: Server, executor: Executor): Promise<void> {
  const before = await hash(executor);
  let failed = 0;
  const refused = HOSTILE_RESUMES.filter((c) => c.refused);
  for (const hostile of refused) {
    const summary = await loadResumes(executor, [join(HOSTILE_DIR, hostile.file)]);
    const expected = hostile.refused as NonNullable<typeof hostile.refused>;
    const ok =
      summary.people === 0 &&
      (summary.failed[0]?.issues ?? []).some(
        (issue) =>
          issue.path === expected.path &&
          issue.found.includes(expected.found) &&
          issue.expected.includes(expected.expected),
      );
    if (!ok) {
      failed += 1;
      log(`hostile résumé ${hostile.file} (loader): ${JSON.stringify(summary.failed)}`);
    }
  }
  const viaApi = HOSTILE_RESUMES.filter((c) => c.api === 'BAD_REQUEST' || c.api === 'BAD_USER_INPUT');
  for (const hostile of viaApi) {
    const body = Buffer.concat([
      Buffer.from(
        '{"query": "mutation($r: JSON!) { importResume(resume: $r) { person { id } } }", "variables": {"r": ',
      ),
      readFileSync(join(HOSTILE_DIR, hostile.file)),
      Buffer.from('}}'),
    ]);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array(body),
    }).catch(() => undefined);
    const answer = (await response?.json().catch(() => undefined)) as Answer['body'] | undefined;
    const codes = (answer?.errors ?? []).map((e) => e.extensions?.code);
    if (JSON.stringify(codes) !== JSON.stringify([hostile.api])) {
      failed += 1;
      log(`hostile résumé ${hostile.file} (API): ${response?.status} ${JSON.stringify(codes)}`);
    }
  }
  const unchanged = (await hash(executor)) === before;
  rows.push({
    part: 'hostile résumés (loader, then importResume)',
    cases: refused.length + viaApi.length,
    failed: failed + (unchanged ? 0 : 1),
    figures: `${refused.length} files refused by the loader, ${viaApi.length} by importResume; graph unchanged: ${unchanged}`,
  });
}

const importMutation = 'mutation($r: JSON!) { importResume(resume: $r) { person { id } } }';
const deleteMutation = 'mutation($id: ID!) { deletePerson(id: $id) { id } }';

function raceResume(id: string, company: string, technologies: string[]) {
  return {
    id,
    basics: { label: 'Engineer' },
    work: [
      {
        name: company,
        positions: [{ position: 'Engineer', startDate: '2020-01', endDate: '2021-01', technologies }],
      },
    ],
  };
}

/** Nodes that nothing links to: the graph a fresh load gives has none (the orphan rule). */
const orphans = cypher(
  'reliability.orphans',
  `MATCH (n)
   WHERE (n:Technology AND NOT EXISTS { (n)<-[:USED|SKILLED_IN]-() })
      OR (n:Project AND NOT EXISTS { (n)<-[:WORKED_ON]-() })
      OR (n:School AND NOT EXISTS { (n)<-[:STUDIED_AT]-() })
      OR (n:Company AND NOT EXISTS { (n)<-[:PART_OF*0..]-(:Company)<-[:AT]-(:Role) })
      OR (n:Role AND NOT EXISTS { (n)<-[:HELD]-(:Person) })
   RETURN count(n) AS n`,
);

/** The names of the technologies each role of a person USED. */
const usedBy = cypher(
  'reliability.usedBy',
  'MATCH (:Person {id: $id})-[:HELD]->(r:Role) RETURN [(r)-[:USED]->(t:Technology) | t.name] AS technologies',
);

async function technologiesOf(executor: Executor, id: string): Promise<string[][]> {
  const found = await executor.read<{ technologies: string[] }>(usedBy, { id });
  return found.map((row) => [...row.technologies].sort());
}

/**
 * Issue 11 point 1: Y is the only user of technology T; deletePerson(Y) and importResume(Z, who
 * uses T) run at once. Point 2: a person's import (a new version naming other things) and their
 * delete run at once. Every answer must be a success; afterwards Z has its USED edge, the person of
 * point 2 is either absent or the new version, whole, and nothing is left that nothing links to.
 */
async function races(server: Server, executor: Executor, rounds: number): Promise<void> {
  const { url } = server;
  let lost = 0;
  let errors: string[] = [];
  let orphanRounds = 0;
  for (let round = 0; round < rounds; round++) {
    const technology = `Racelang ${round}`;
    const y = `race-y-${round}`;
    const z = `race-z-${round}`;
    const seeded = await post(
      url,
      importMutation,
      { r: raceResume(y, `Race Works ${round}`, [technology]) },
      TOKEN,
    );
    errors.push(...seeded.codes);
    const [deleted, imported] = await Promise.all([
      post(url, deleteMutation, { id: y }, TOKEN),
      sleep(raceStagger(round)).then(() =>
        post(url, importMutation, { r: raceResume(z, `Race Works ${round}`, [technology]) }, TOKEN),
      ),
    ]);
    errors.push(...deleted.codes, ...imported.codes);
    const expected = [[technology]];
    if (JSON.stringify(await technologiesOf(executor, z)) !== JSON.stringify(expected)) {
      lost += 1;
      log(`race 1, round ${round}: ${z} has ${JSON.stringify(await technologiesOf(executor, z))}`);
    }
    errors.push(...(await post(url, deleteMutation, { id: z }, TOKEN)).codes);
    const [left] = await executor.read<{ n: number }>(orphans);
    if ((left?.n ?? 0) > 0) orphanRounds += 1;
  }
  rows.push({
    part: `delete/import races over a shared technology (issue 11.1, ${rounds} rounds)`,
    cases: rounds,
    failed: lost + errors.length + orphanRounds,
    figures: `lost USED edges: ${lost}; error answers: ${errors.length}${errors.length ? ` (${[...new Set(errors)].join(', ')})` : ''}; rounds leaving orphans: ${orphanRounds}`,
  });

  errors = [];
  let wrong = 0;
  orphanRounds = 0;
  const outcomes = { deleted: 0, replaced: 0 };
  for (let round = 0; round < rounds; round++) {
    const id = `race-p-${round}`;
    const before = raceResume(id, `Old Works ${round}`, [`Oldlang ${round}`, `Olderlang ${round}`]);
    const after = raceResume(id, `New Works ${round}`, [`Newlang ${round}`, `Newerlang ${round}`]);
    errors.push(...(await post(url, importMutation, { r: before }, TOKEN)).codes);
    const [imported, deleted] = await Promise.all([
      post(url, importMutation, { r: after }, TOKEN),
      sleep(raceStagger(round)).then(() => post(url, deleteMutation, { id }, TOKEN)),
    ]);
    errors.push(...imported.codes, ...deleted.codes);
    const left = JSON.stringify(await technologiesOf(executor, id));
    if (left === '[]') outcomes.deleted += 1;
    else if (left === JSON.stringify([[`Newerlang ${round}`, `Newlang ${round}`]])) outcomes.replaced += 1;
    else {
      wrong += 1;
      log(`race 2, round ${round}: ${id} has ${left}`);
    }
    errors.push(...(await post(url, deleteMutation, { id }, TOKEN)).codes.filter((c) => c !== 'NOT_FOUND'));
    const [orphaned] = await executor.read<{ n: number }>(orphans);
    if ((orphaned?.n ?? 0) > 0) orphanRounds += 1;
  }
  rows.push({
    part: `import and delete of one person at once (issue 11.2, ${rounds} rounds)`,
    cases: rounds,
    failed: wrong + errors.length + orphanRounds,
    figures: `ended deleted ${outcomes.deleted}, as the new version ${outcomes.replaced}, otherwise ${wrong}; error answers: ${errors.length}${errors.length ? ` (${[...new Set(errors)].join(', ')})` : ''}; rounds leaving orphans: ${orphanRounds}`,
  });
}

const MIX = [
  '{ sharedTechnologies(personIds: ["b0bdae752341232c", "493100191bcfc980", "1f1d44f0f2c0cec7"]) { technology { name } peopleCount } }',
  '{ technology(id: "k8s") { id name } }',
  '{ colleagues(personId: "1f1d44f0f2c0cec7") { person { id } overlapMonths } }',
  '{ similarPeople(personId: "1f1d44f0f2c0cec7") { person { id } score } }',
  '{ search(query: "kubernetes") { kind score } }',
  '{ stats { relationships topTechnologies { count } } }',
  '{ people(first: 20) { edges { node { id roles { title company { name } } } } } }',
];

/** Issue 11 point 12: mixed reads from 50 connections for 60 s; every answer must be data, no error, and p99 under 1 s. */
async function load(server: Server, graph: string): Promise<void> {
  const codes = new Map<string, number>();
  /** Error answers by query of the mix and code: which queries fail, and how. */
  const byQuery = new Map<string, number>();
  const result = await autocannon({
    url: `${server.url}/graphql`,
    connections: LOAD.connections,
    duration: LOAD.seconds,
    timeout: 15,
    requests: MIX.map((query, index) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (_status: number, body: string) => {
        if (!body.includes('"errors"')) return;
        const parsed = JSON.parse(body) as Answer['body'];
        for (const error of parsed.errors ?? []) {
          const code = error.extensions?.code ?? '?';
          codes.set(code, (codes.get(code) ?? 0) + 1);
          const key = `q${index + 1} ${code}`;
          byQuery.set(key, (byQuery.get(key) ?? 0) + 1);
        }
      },
    })),
  });
  rows.push(
    loadRow({
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latency: result.latency,
      non2xx: result.non2xx,
      socketErrors: result.errors,
      timeouts: result.timeouts,
      codes,
      byQuery,
      mixSize: MIX.length,
      graph,
    }),
  );
}

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  codes: string[];
  /** Which of the request loops' queries it was (absent for /health). */
  query?: number;
}

/**
 * Issue 11 point 8, under load: requests in a loop (6 at a time) and /health in another while the
 * database is stopped (kill -STOP, 20 s), continued, killed (kill -9) and started again. Measured
 * for every request in flight at or sent during an outage: how long after the later of its start
 * and the outage's start it was answered (goal 1 s), the same for /health (goal 1 s), and how long
 * after the database's return queries answered again (goal 2 s), with no API restart.
 */
async function faults(
  server: Server,
  options: Parameters<typeof startNeo4j>[0],
  db: Awaited<ReturnType<typeof startNeo4j>>,
): Promise<Awaited<ReturnType<typeof startNeo4j>>> {
  const queries = [
    '{ technology(id: "kubernetes") { id users { person { id } } } }',
    '{ people(first: 20) { edges { node { id roles { title company { name } } } } } }',
    '{ similarPeople(personId: "1f1d44f0f2c0cec7") { person { id } score } }',
  ];
  const names = ['technology', 'people', 'similarPeople'];
  const samples: Sample[] = [];
  const health: Sample[] = [];
  let running = true;
  const loop = async (into: Sample[], send: () => Promise<Omit<Sample, 'at'> & { at?: number }>) => {
    while (running) {
      const at = performance.now();
      into.push({ at, ...(await send()) });
      await sleep(20);
    }
  };
  const workers = [
    ...Array.from({ length: 6 }, (_, i) =>
      loop(samples, async () => {
        const query = i % queries.length;
        const answer = await post(server.url, queries[query] as string);
        return {
          ms: answer.ms,
          ok: answer.status === 200 && answer.codes.length === 0,
          codes: answer.codes,
          query,
        };
      }),
    ),
    loop(health, async () => {
      const at = performance.now();
      const response = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(15_000) }).catch(
        () => undefined,
      );
      return { ms: performance.now() - at, ok: response?.status === 200, codes: [String(response?.status)] };
    }),
  ];
  const figures: string[] = [];
  let failed = 0;
  const end = (s: Sample) => s.at + s.ms;
  /** The longest wait, counted from the outage's start for what was already in flight. */
  const slowest = (list: Sample[], from: number, to: number) =>
    Math.round(
      Math.max(
        0,
        ...list.filter((s) => s.at < to && end(s) > from).map((s) => end(s) - Math.max(s.at, from)),
      ),
    );
  /** From `since`: the first answer without error to a request sent after it. */
  const back = (since: number) => {
    const first = samples.find((s) => s.at >= since && s.ok);
    return first ? Math.round(end(first) - since) : Number.POSITIVE_INFINITY;
  };
  /** Failed answers to requests sent from `from` (2 s after the return) to `to`. */
  const failuresAfter = (from: number, to: number) =>
    samples.filter((s) => s.at >= from && s.at < to && !s.ok).length;
  const codesIn = (from: number, to: number) =>
    [...new Set(samples.filter((s) => s.at >= from && s.at < to).flatMap((s) => s.codes))].join('/') ||
    'none';

  // A part that throws must still end the loops, or the run never exits.
  const stopLoops = async (error: unknown) => {
    running = false;
    await Promise.all(workers);
    throw error;
  };
  await sleep(3_000);
  const warm = samples.filter((s) => s.ok).length;

  // kill -STOP, then -CONT.
  const stopAt = performance.now();
  process.kill(db.pid, 'SIGSTOP');
  await sleep(STOP_SECONDS * 1_000);
  const contAt = performance.now();
  process.kill(db.pid, 'SIGCONT');
  await sleep(6_000);
  const stop = {
    worst: slowest(samples, stopAt, contAt),
    health: slowest(health, stopAt, contAt),
    back: back(contAt),
    laterFailures: failuresAfter(contAt + GOAL.backMs, performance.now()),
  };
  const stopReturns = returnPerQuery(samples, queries.length, contAt, contAt);
  figures.push(
    `STOP ${STOP_SECONDS} s: slowest answer ${stop.worst} ms, /health ${stop.health} ms, codes ${codesIn(stopAt, contAt)}; answering again ${stop.back} ms after CONT, ${describeReturn(stopReturns, names)}; failures later than 2 s after ${stop.laterFailures}`,
  );
  if (
    stop.worst > GOAL.answerMs ||
    stop.health > GOAL.healthMs ||
    stopReturns.some((r) => !r.met) ||
    stop.laterFailures > 0
  )
    failed += 1;

  // kill -9, then start it again (same folder, same ports).
  const killAt = performance.now();
  process.kill(db.pid, 'SIGKILL');
  await sleep(4_000);
  const restartAt = performance.now();
  const restarted = await startNeo4j(options).catch(stopLoops);
  const upAt = performance.now();
  const threadsAtBolt = threadCpuSeconds(restarted.pid);
  // Bolt opens before the database has finished recovering from the kill: the database is back
  // when a driver of its own first runs a query, and the API is timed from then.
  const recovering = new Set<string>();
  const readyAt = await firstAnswer(restarted, recovering).catch(async (error: unknown) => {
    // The STOP figures stand on their own: report them, and the restart that never ran a query.
    running = false;
    await Promise.all(workers);
    rows.push({
      part: 'database faults under load (6 request loops and /health)',
      cases: 2,
      failed: failed + 1,
      figures: [
        ...figures,
        `KILL: Neo4j restarted in ${Math.round((upAt - restartAt) / 1000)} s, then ${String(error)} (meanwhile ${[...recovering].join(', ') || 'no answer'})`,
      ].join('; '),
    });
    return undefined;
  });
  if (readyAt === undefined) return restarted;
  const threadsAtReady = threadCpuSeconds(restarted.pid);
  const apiCpuAtReady = treeCpuSeconds(server.child.pid);
  // Watched for 6 s, and until every query has answered once (20 s at most), so that a slow return
  // is measured rather than reported as never.
  const everyQueryBack = () =>
    queries.every((_, query) => samples.some((s) => s.query === query && s.at >= readyAt && s.ok));
  while (performance.now() - readyAt < 6_000 || (!everyQueryBack() && performance.now() - readyAt < 20_000))
    await sleep(100);
  const threadsAtEnd = threadCpuSeconds(restarted.pid);
  const watchedMs = Math.round(performance.now() - readyAt);
  const apiCpuAtEnd = treeCpuSeconds(server.child.pid);
  // Every request in flight has answered before the return is judged (it ends by its deadline).
  const watchEnd = performance.now();
  running = false;
  await Promise.all(workers);
  const firstRefusal = samples.find((s) => end(s) >= killAt && s.codes.includes('SERVICE_UNAVAILABLE'));
  const kill = {
    worst: slowest(samples, killAt, upAt),
    health: slowest(health, killAt, upAt),
    firstRefusal: firstRefusal ? Math.round(end(firstRefusal) - killAt) : undefined,
    back: back(readyAt),
    sinceBolt: back(upAt),
    laterFailures: failuresAfter(readyAt + GOAL.backMs, watchEnd),
  };
  // Each watched query judged on its own: from Bolt's opening (nothing answers earlier), by the database's return.
  const killReturns = returnPerQuery(samples, queries.length, upAt, readyAt);
  figures.push(
    `KILL: first SERVICE_UNAVAILABLE ${kill.firstRefusal ?? '-'} ms after, slowest answer ${kill.worst} ms, /health ${kill.health} ms, codes ${codesIn(killAt, upAt)}; Neo4j restarted in ${Math.round((upAt - restartAt) / 1000)} s, its database answering ${Math.round(readyAt - upAt)} ms after Bolt opened (meanwhile ${[...recovering].join(', ') || 'no answer'}); the API answering again ${kill.back} ms after the database (${kill.sinceBolt} ms after Bolt), ${describeReturn(killReturns, names)}; failures later than 2 s after ${kill.laterFailures}`,
  );
  if (
    kill.worst > GOAL.answerMs ||
    kill.health > GOAL.healthMs ||
    killReturns.some((r) => !r.met) ||
    kill.laterFailures > 0
  )
    failed += 1;

  if (TRACE) {
    for (const line of returnTimeline(samples, queries.length, upAt, readyAt)) log(line);
    // Where the restarted Neo4j's CPU went: Bolt opening to its first answer, then the watch.
    const cpu = (from?: typeof threadsAtEnd, to?: typeof threadsAtEnd) =>
      from && to
        ? threadCpuByGroup(from, to)
            .slice(0, 8)
            .map(([group, seconds]) => `${group} ${seconds}`)
            .join(', ')
        : 'unknown';
    log(`Neo4j CPU-s by thread, Bolt to its first answer: ${cpu(threadsAtBolt, threadsAtReady)}`);
    log(
      `Neo4j CPU-s by thread, its first answer to +${watchedMs} ms: ${cpu(threadsAtReady, threadsAtEnd)}; the API's ${apiCpuAtReady === undefined || apiCpuAtEnd === undefined ? 'unknown' : (apiCpuAtEnd - apiCpuAtReady).toFixed(2)}`,
    );
    // Every request of the loops and every /health, times in ms since the epoch, to read a timeline.
    const epoch = (t: number) => Math.round(performance.timeOrigin + t);
    mkdirSync(TRACE, { recursive: true });
    writeFileSync(
      join(TRACE, 'faults.json'),
      JSON.stringify({
        marks: {
          stopAt: epoch(stopAt),
          contAt: epoch(contAt),
          killAt: epoch(killAt),
          restartAt: epoch(restartAt),
          upAt: epoch(upAt),
          readyAt: epoch(readyAt),
        },
        samples: samples.map((s) => ({ ...s, at: epoch(s.at) })),
        health: health.map((s) => ({ ...s, at: epoch(s.at) })),
      }),
    );
  }
  const unanswered = [...samples, ...health].filter((s) =>
    s.codes.some((c) => c.startsWith('NO_ANSWER')),
  ).length;
  const unexpected = samples.filter((s) =>
    s.codes.some((c) => c !== 'SERVICE_UNAVAILABLE' && c !== 'TIMEOUT'),
  ).length;
  figures.push(
    `${samples.length} requests (${warm} answered before the faults), ${health.length} /health; unanswered ${unanswered}; codes other than SERVICE_UNAVAILABLE/TIMEOUT ${unexpected}`,
  );
  rows.push({
    part: 'database faults under load (6 request loops and /health)',
    cases: 2,
    failed: failed + unanswered + unexpected,
    figures: figures.join('; '),
  });
  return restarted;
}

/** CPU-seconds of process `pid` and its children (tsx runs the API in a child of its own), or undefined. */
function treeCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const own = processCpuSeconds(pid);
  if (own === undefined) return undefined;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    children = [];
  }
  return children.reduce((sum, child) => sum + (treeCpuSeconds(child) ?? 0), own);
}

/**
 * The return after kill -9, per query: every request sent from Bolt's opening to 12 s after the
 * database's first answer, as `sent+took` in ms from that answer, with its code when it failed
 * (after two answers in a row, the next answers are left out).
 */
function returnTimeline(samples: Sample[], queries: number, upAt: number, readyAt: number): string[] {
  return Array.from({ length: queries }, (_, query) => {
    const parts: string[] = [];
    let answered = 0;
    for (const s of samples) {
      if (s.query !== query || s.at < upAt || s.at >= readyAt + 12_000) continue;
      answered = s.ok ? answered + 1 : 0;
      if (answered > 2) continue;
      parts.push(`${Math.round(s.at - readyAt)}+${Math.round(s.ms)}${s.ok ? '' : `:${s.codes.join('/')}`}`);
    }
    return `return timeline q${query + 1}: ${parts.join(' ') || 'no request'}`;
  });
}

/**
 * When a fresh driver first runs `RETURN 1` on the restarted database (performance.now()); `seen`
 * collects what the database answered before that (error codes), to show what recovery looks like.
 */
async function firstAnswer(
  db: { uri: string; user: string; password?: string | undefined },
  seen: Set<string>,
): Promise<number> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password ?? ''));
  const deadline = performance.now() + 120_000;
  try {
    for (;;) {
      if (performance.now() > deadline)
        throw new Error(`${db.uri}: the restarted database ran no query within 120 s`);
      const session = driver.session();
      try {
        await session.run('RETURN 1');
        return performance.now();
      } catch (error) {
        seen.add(error instanceof neo4j.Neo4jError ? error.code : String(error).slice(0, 80));
        await sleep(25);
      } finally {
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
}

/** A CLI of the project (`src/cli/…`) as its own process, on the throwaway database. */
function spawnCli(target: { uri: string; user: string; password: string }, args: string[]): ChildProcess {
  const env = {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
  };
  return spawn(process.execPath, [tsx, ...args], { cwd: projectRoot, env, stdio: 'ignore' });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

/**
 * RELIABILITY_PEOPLE: the generator's résumés (seed 1, as the benchmarks') loaded beside the seed
 * before the load part, so that it reads a graph of that size; what the graph holds, as the load row names it.
 */
async function generatedPeople(
  target: { uri: string; user: string; password: string },
  people: number,
): Promise<string> {
  if (people === 0) return '3 seed people';
  const folder = mkdtempSync(join(tmpdir(), 'career-graph-reliability-people-'));
  try {
    const generated = await exited(
      spawnCli(target, ['src/cli/generate.ts', '--people', String(people), '--seed', '1', '--out', folder]),
    );
    if (generated.code !== 0) throw new Error(`generating ${people} people failed (exit ${generated.code})`);
    const started = Date.now();
    const loaded = await exited(spawnCli(target, ['src/cli/load.ts', folder]));
    if (loaded.code !== 0) throw new Error(`loading ${people} generated people failed (exit ${loaded.code})`);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    log(`${people} generated people loaded in ${seconds} s`);
    return `3 seed people and ${people} generated (seed 1, loaded in ${seconds} s)`;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** People in the graph: how far a load has got (each résumé is one Person, written all or nothing). */
const peopleLoaded = cypher('reliability.peopleLoaded', 'MATCH (p:Person) RETURN count(p) AS n');

/** The first `limit` entries of `a` missing from `b`, as JSON lines (a graph that differs, shown). */
function missing<T>(a: T[], b: T[], limit = 3): string[] {
  const have = new Set(b.map((item) => JSON.stringify(item)));
  return a
    .map((item) => JSON.stringify(item))
    .filter((line) => !have.has(line))
    .slice(0, limit);
}

/** Résumés in the killed-load corpus, and résumés per transaction, so the load commits in many steps. */
const KILLED = { people: 120, batchSize: 5 };

/**
 * `npm run load` killed with SIGKILL at random points of its progress, then run again to the end:
 * the graph must equal the one a clean load (same files, same options) gives, by canonical hash.
 * A kill point is a number of people the database must hold first, drawn from the batches between
 * the first and the last, so each kill lands mid-load (a batch in flight rolls back); the database
 * is polled for it every 20 ms. A load that finished before its kill point is counted apart from a
 * graph that differs: neither passes, but they are different faults (of this script, of the loader).
 */
async function killedLoads(
  target: { uri: string; user: string; password: string },
  executor: Executor,
  rounds: number,
) {
  const folder = mkdtempSync(join(tmpdir(), 'career-graph-reliability-resumes-'));
  const spawnTsx = (args: string[]) => spawnCli(target, args);
  const people = async () => (await executor.read<{ n: number }>(peopleLoaded))[0]?.n ?? 0;
  const loadArgs = ['src/cli/load.ts', folder, '--batch-size', String(KILLED.batchSize)];
  try {
    await exited(
      spawnTsx(['src/cli/generate.ts', '--people', String(KILLED.people), '--seed', '11', '--out', folder]),
    );
    await clearDatabase(executor);
    const cleanStarted = Date.now();
    const cleanRun = await exited(spawnTsx(loadArgs));
    const cleanMs = Date.now() - cleanStarted;
    const cleanDump = await canonicalDump(executor);
    const clean = await hash(executor);
    const total = await people();
    let failed = cleanRun.code === 0 && total === KILLED.people ? 0 : 1;
    const batches = Math.ceil(KILLED.people / KILLED.batchSize);
    const kills: string[] = [];
    let finishedFirst = 0;
    let differs = 0;
    let rerunFailed = 0;
    for (let round = 0; round < rounds; round++) {
      await clearDatabase(executor);
      // After 1 to batches - 2 committed batches: never before the first nor after the last.
      const killAt = KILLED.batchSize * (1 + Math.floor(Math.random() * (batches - 2)));
      const child = spawnTsx(loadArgs);
      const exit = exited(child);
      let ended = false;
      void exit.then(() => {
        ended = true;
      });
      while (!ended && (await people()) < killAt) await sleep(20);
      if (!ended) child.kill('SIGKILL');
      const killed = await exit;
      const atKill = await people();
      const rerun = await exited(spawnTsx(loadArgs));
      const dump = await canonicalDump(executor);
      const same = (await hash(executor)) === clean;
      const finished = killed.signal !== 'SIGKILL';
      kills.push(`${atKill}/${total}${finished ? ' (had finished)' : ''}`);
      if (finished) finishedFirst += 1;
      if (rerun.code !== 0) rerunFailed += 1;
      if (!same) {
        differs += 1;
        log(
          `killed load, round ${round} (kill at ${killAt} people, ${atKill} loaded): the rerun's graph differs; ` +
            `only in the clean load: ${JSON.stringify([...missing(cleanDump.nodes, dump.nodes), ...missing(cleanDump.edges, dump.edges)])}; ` +
            `only after the rerun: ${JSON.stringify([...missing(dump.nodes, cleanDump.nodes), ...missing(dump.edges, cleanDump.edges)])}`,
        );
      }
      if (finished || rerun.code !== 0 || !same) failed += 1;
    }
    rows.push({
      part: `kill -9 of \`npm run load\` (${KILLED.people} résumés, ${KILLED.batchSize} a transaction) mid-load, then a rerun`,
      cases: kills.length,
      failed,
      figures:
        `clean load ${(cleanMs / 1000).toFixed(1)} s, ${total} people, hash ${clean}; people loaded when killed ${kills.join(', ')}; ` +
        `loads that finished before their kill point ${finishedFirst}; reruns that failed ${rerunFailed}; rerun graphs that differ from the clean load's ${differs}`,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function printTable(loadBefore: number[], started: number): void {
  const cpu = cpus();
  const fixed = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');
  const lines = [
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}; load average (1, 5, 15 min) ${fixed(loadBefore)} at the start, ${fixed(loadavg())} at the end; ${Math.round((Date.now() - started) / 60_000)} min; Neo4j's JIT ${optionsFromEnv(process.env).jit} (NEO4J_JIT).`,
    '',
    '| part | cases | failed | figures |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.part} | ${row.cases} | ${row.failed} | ${row.figures} |`),
  ];
  console.log(lines.join('\n'));
}

process.exitCode = await main();
