/**
 * `npm run test:reliability`: the reliability suite against a throwaway Neo4j of its own (temp
 * folder, free ports; never the development database). It runs the hostile-request and hostile
 * résumé corpora, the delete/import races of issue 11, a load with autocannon, database faults
 * under load (kill -STOP, kill -9, return) with the times that matter, and kill -9 of a load at
 * random points followed by a rerun compared with a clean load by canonical hash. It prints one
 * table and exits non-zero when any case fails. Not part of `npm test` (it takes minutes).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort, startNeo4j, stopNeo4j } from '../../neo4j/local-neo4j.mjs';
import { loadConfig, projectRoot } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import { cypher } from '../../src/db/cypher-query.js';
import type { Executor } from '../../src/db/Executor.js';
import { loadResumes } from '../../src/loader/load-resumes.js';
import { startApp } from '../../src/server/create-app.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { canonicalDump } from '../support/canonical-dump.js';
import { HOSTILE_REQUESTS, meets, sendHostile } from './hostile-requests.js';
import { HOSTILE_DIR, HOSTILE_RESUMES } from './hostile-resumes.js';

interface Row {
  part: string;
  cases: number;
  failed: number;
  figures: string;
}
const rows: Row[] = [];
const log = (line: string) => console.error(`[reliability] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ROUNDS = Number(process.env.RELIABILITY_ROUNDS ?? 50);

async function hash(executor: Executor): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify(await canonicalDump(executor)))
    .digest('hex')
    .slice(0, 16);
}

const clear = cypher(
  'reliability.clear',
  'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
);

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return {
      ms: performance.now() - started,
      status: response.status,
      body,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '?'),
    };
  } catch (error) {
    return { ms: performance.now() - started, status: 0, body: {}, codes: [`NO_ANSWER: ${String(error)}`] };
  }
}

async function main(): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), 'career-graph-reliability-'));
  const boltPort = await freePort();
  const httpPort = await freePort();
  const neo4jOptions = { home, boltPort, httpPort, heap: '1g', pageCache: '512m', log };
  let db = await startNeo4j(neo4jOptions);
  const password = db.password ?? '';
  const target = { uri: db.uri, user: db.user, password, database: undefined };
  const token = 'reliability-token';
  const config = { ...loadConfig({ CAREER_GRAPH_TOKEN: token }), token };
  const executor = connect(target, 'api', {
    timeoutMs: config.queryTimeoutMs,
    unresponsiveMs: config.databaseUnresponsiveMs,
  });
  const batch = connect(target, 'batch', { timeoutMs: 60_000 });
  try {
    await prepareDatabase(batch, config);
    const app = await startApp(executor, config, 0);
    const url = app.url;
    try {
      await hostileRequests(url, token, batch);
      await hostileResumes(batch);
      await races(url, token, batch);
      await load(url);
      db = await faults(url, neo4jOptions, db);
      await killedLoads(target, batch);
    } finally {
      await app.close();
    }
  } finally {
    await executor.close();
    await batch.close();
    await stopNeo4j({ home, graceMs: 10_000 });
    rmSync(home, { recursive: true, force: true });
    printTable();
  }
  return rows.some((row) => row.failed > 0) ? 1 : 0;
}

async function hostileRequests(url: string, token: string, executor: Executor): Promise<void> {
  const before = await hash(executor);
  let failed = 0;
  for (const hostile of HOSTILE_REQUESTS) {
    const answer = await sendHostile(url, token, hostile).catch((error: unknown) => ({
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
  const up = (await fetch(`${url}/health`)).status === 200;
  rows.push({
    part: 'hostile requests',
    cases: HOSTILE_REQUESTS.length,
    failed: failed + (unchanged ? 0 : 1) + (up ? 0 : 1),
    figures: `graph unchanged: ${unchanged}; server up: ${up}`,
  });
}

async function hostileResumes(executor: Executor): Promise<void> {
  const before = await hash(executor);
  let failed = 0;
  for (const hostile of HOSTILE_RESUMES.filter((c) => c.refused)) {
    const summary = await loadResumes(executor, [join(HOSTILE_DIR, hostile.file)]);
    const refused = hostile.refused as NonNullable<typeof hostile.refused>;
    const ok =
      summary.people === 0 &&
      (summary.failed[0]?.issues ?? []).some(
        (issue) =>
          issue.path === refused.path &&
          issue.found.includes(refused.found) &&
          issue.expected.includes(refused.expected),
      );
    if (!ok) {
      failed += 1;
      log(`hostile résumé ${hostile.file}: ${JSON.stringify(summary.failed)}`);
    }
  }
  const unchanged = (await hash(executor)) === before;
  rows.push({
    part: 'hostile résumés',
    cases: HOSTILE_RESUMES.filter((c) => c.refused).length,
    failed: failed + (unchanged ? 0 : 1),
    figures: `graph unchanged: ${unchanged}`,
  });
}

/**
 * Issue 11 points 1 and 2. Each round: Y is the only user of a technology T; deletePerson(Y) and
 * importResume(Z, who uses T) run at once. Afterwards Z's role must have its USED edge to an
 * existing T, every answer must be a success or a coded error other than INTERNAL_SERVER_ERROR,
 * and no technology may be left without relationships.
 */
async function races(url: string, token: string, executor: Executor): Promise<void> {
  const importMutation = 'mutation($r: JSON!) { importResume(resume: $r) { person { id } } }';
  const resume = (id: string, technology: string) => ({
    id,
    basics: { label: 'Engineer' },
    work: [
      {
        name: 'Race Works',
        positions: [
          { position: 'Engineer', startDate: '2020-01', endDate: '2021-01', technologies: [technology] },
        ],
      },
    ],
  });
  const usedEdge = cypher(
    'reliability.zUsesT',
    'MATCH (:Person {id: $z})-[:HELD]->(:Role)-[:USED]->(t:Technology) RETURN count(t) AS n',
  );
  const orphans = cypher(
    'reliability.orphans',
    'MATCH (t:Technology) WHERE NOT (t)--() RETURN count(t) AS n',
  );
  let lostEdges = 0;
  let internal = 0;
  let orphaned = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const technology = `Racelang ${round}`;
    const y = `race-y-${round}`;
    const z = `race-z-${round}`;
    await post(url, importMutation, { r: resume(y, technology) }, token);
    const [deleted, imported] = await Promise.all([
      post(url, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: y }, token),
      post(url, importMutation, { r: resume(z, technology) }, token),
    ]);
    internal += [...deleted.codes, ...imported.codes].filter(
      (code) => code === 'INTERNAL_SERVER_ERROR',
    ).length;
    if (imported.codes.length === 0) {
      const [row] = await executor.read<{ n: number }>(usedEdge, { z });
      if ((row?.n ?? 0) !== 1) lostEdges += 1;
    }
    await post(url, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: z }, token);
  }
  const [row] = await executor.read<{ n: number }>(orphans);
  orphaned = row?.n ?? 0;
  rows.push({
    part: `delete/import races (${ROUNDS} rounds)`,
    cases: ROUNDS,
    failed: lostEdges + internal + (orphaned > 0 ? 1 : 0),
    figures: `lost USED edges: ${lostEdges}; INTERNAL errors: ${internal}; orphaned technologies: ${orphaned}`,
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

async function load(url: string): Promise<void> {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: 20,
    duration: 20,
    requests: MIX.map((query) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  rows.push({
    part: 'load (autocannon, 20 connections, 20 s, mixed reads)',
    cases: result.requests.total,
    failed: errors,
    figures: `${Math.round(result.requests.average)} req/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
  });
}

/**
 * Requests in a loop (4 at a time) while the database is stopped, killed and brought back. Measured:
 * the longest any request or /health took to answer while the database was away (goal: 1 s), and
 * how long after its return queries answered again (goal: 2 s), without restarting the API.
 */
async function faults(
  url: string,
  options: Parameters<typeof startNeo4j>[0],
  db: Awaited<ReturnType<typeof startNeo4j>>,
): Promise<Awaited<ReturnType<typeof startNeo4j>>> {
  const query = '{ technology(id: "kubernetes") { id users { person { id } } } }';
  interface Sample {
    at: number;
    ms: number;
    ok: boolean;
    codes: string[];
  }
  const samples: Sample[] = [];
  const health: Sample[] = [];
  let running = true;
  const loop = async (into: Sample[], send: () => Promise<{ ms: number; ok: boolean; codes: string[] }>) => {
    while (running) {
      const at = performance.now();
      const answer = await send();
      into.push({ at, ...answer });
      await sleep(20);
    }
  };
  const workers = [
    ...Array.from({ length: 4 }, () =>
      loop(samples, async () => {
        const answer = await post(url, query);
        return { ms: answer.ms, ok: answer.status === 200 && answer.codes.length === 0, codes: answer.codes };
      }),
    ),
    loop(health, async () => {
      const started = performance.now();
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) }).catch(
        () => undefined,
      );
      return {
        ms: performance.now() - started,
        ok: response?.status === 200,
        codes: [String(response?.status)],
      };
    }),
  ];
  const figures: string[] = [];
  let failed = 0;
  const window = (from: number, to: number, list: Sample[]) => list.filter((s) => s.at >= from && s.at < to);
  const slowest = (list: Sample[]) => Math.round(Math.max(0, ...list.map((s) => s.ms)));
  const recovered = (list: Sample[], since: number) => {
    const first = list.find((s) => s.at >= since && s.ok);
    return first ? Math.round(first.at + first.ms - since) : Number.POSITIVE_INFINITY;
  };

  await sleep(2_000);
  // kill -STOP for 8 s.
  const stopAt = performance.now();
  process.kill(db.pid, 'SIGSTOP');
  await sleep(8_000);
  const contAt = performance.now();
  process.kill(db.pid, 'SIGCONT');
  await sleep(5_000);
  const stopWorst = slowest(window(stopAt, contAt - 1_000, samples));
  const stopHealth = slowest(window(stopAt, contAt - 1_000, health));
  const stopCodes = new Set(window(stopAt + 1_000, contAt, samples).flatMap((s) => s.codes));
  const stopBack = recovered(samples, contAt);
  figures.push(
    `STOP: slowest answer ${stopWorst} ms, /health ${stopHealth} ms, codes ${[...stopCodes].join('/') || 'none'}, back ${stopBack} ms after CONT`,
  );
  if (stopWorst > 1_000 + 300 || stopHealth > 1_000 || stopBack > 2_000) failed += 1;

  // kill -9, then start it again.
  const killAt = performance.now();
  process.kill(db.pid, 'SIGKILL');
  await sleep(3_000);
  const killWorst = slowest(window(killAt, performance.now() - 1_000, samples));
  const firstRefusal = samples.find((s) => s.at >= killAt && s.codes.includes('SERVICE_UNAVAILABLE'));
  const restarted = await startNeo4j(options);
  const upAt = performance.now();
  await sleep(5_000);
  const killBack = recovered(samples, upAt);
  figures.push(
    `KILL: first SERVICE_UNAVAILABLE ${firstRefusal ? Math.round(firstRefusal.at + firstRefusal.ms - killAt) : '-'} ms after, slowest answer ${killWorst} ms, back ${killBack} ms after Bolt answered`,
  );
  if (killWorst > 1_000 + 300 || killBack > 2_000) failed += 1;

  running = false;
  await Promise.all(workers);
  const unanswered = [...samples, ...health].filter((s) =>
    s.codes.some((c) => c.startsWith('NO_ANSWER')),
  ).length;
  const internal = samples.filter((s) => s.codes.includes('INTERNAL_SERVER_ERROR')).length;
  figures.push(`unanswered ${unanswered}, INTERNAL ${internal}, requests ${samples.length}`);
  rows.push({
    part: 'database faults under load',
    cases: 2,
    failed: failed + unanswered + internal,
    figures: figures.join('; '),
  });
  return restarted;
}

/**
 * `npm run load` killed with SIGKILL at random points, then run again to the end: the graph must
 * equal the one a clean load gives, by canonical hash.
 */
async function killedLoads(
  target: { uri: string; user: string; password: string },
  executor: Executor,
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'career-graph-reliability-resumes-'));
  const env = {
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
  };
  const run = (args: string[], killAfterMs?: number) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), ...args], {
        cwd: projectRoot,
        env,
        stdio: 'ignore',
      });
      const timer =
        killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  try {
    await run(['src/cli/generate.ts', '--people', '60', '--seed', '11', '--out', folder]);
    await executor.write(clear);
    await run(['src/cli/load.ts', folder]);
    const clean = await hash(executor);
    let failed = 0;
    const kills: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      await executor.write(clear);
      const after = 3_000 + Math.floor(Math.random() * 9_000);
      kills.push(after);
      await run(['src/cli/load.ts', folder], after);
      await run(['src/cli/load.ts', folder]);
      if ((await hash(executor)) !== clean) failed += 1;
    }
    rows.push({
      part: 'kill -9 of a load, then a rerun (60 résumés)',
      cases: kills.length,
      failed,
      figures: `killed after ${kills.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ')}; clean load hash ${clean}`,
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function printTable(): void {
  const lines = [
    '| part | cases | failed | figures |',
    '| --- | ---: | ---: | --- |',
    ...rows.map((row) => `| ${row.part} | ${row.cases} | ${row.failed} | ${row.figures} |`),
  ];
  console.log(lines.join('\n'));
}

process.exitCode = await main();
