/**
 * Where a restarted database's time goes before the API answers again (issue 11 point 8): a
 * throwaway Neo4j is seeded, the API answers every example of `examples/` (and the faults part's
 * queries) once while the plan gate records each read text it sends, then Neo4j is stopped and
 * started again on the same store, cold, and each text is planned (`EXPLAIN`) in turn: the wall
 * time and Neo4j's CPU-seconds for each, with its JIT compiler threads' share, then each text once
 * more (from the plan cache), then each run twice with the parameters the API sent it (`runsAfter`:
 * whether the `EXPLAIN` left the plan the run uses, and the cached run); the configuration `run`
 * sends the texts themselves cold in place of their `EXPLAIN`. Prints one JSON document. `--configs a,b` names the configurations
 * of CONFIGS to restart into, back to back in that order (default `default`); `--restarts N`
 * repeats that cycle; `--steady S` measures each configuration's steady state too (steadyState); `--examples a,b` plans only
 * those examples' texts, in that order (the order the plan gate gives turns in, cheapest first, is
 * `faults q2,faults q1,faults q3`); `--instead example=file,…` adds, for each configuration, one cold
 * restart per file in which the file's Cypher is planned in place of the example's text (a variant
 * of a query, to compare its cold plan with the shipped one's); `--replans N` plans each text N more
 * times on the warm JVM (CPU-seconds each). Not a test: `npx tsx test/reliability/cold-plans.ts` (take the heavy lock).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import neo4j from 'neo4j-driver';
import {
  freePort,
  JitCpuMeter,
  jitFlags,
  jitThreadCpuSeconds,
  processCpuSeconds,
  startNeo4j,
  stopNeo4j,
} from '../../neo4j/local-neo4j.js';
import {
  commandLine,
  integerOption,
  listOption,
  parseOptions,
  UsageError,
} from '../../src/cli/cli-arguments.js';
import { loadConfig, projectRoot } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import { startApp } from '../../src/server/create-app.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';

const FAULT_QUERIES = [
  '{ technology(id: "kubernetes") { id users { person { id } } } }',
  '{ people(first: 20) { edges { node { id roles { title company { name } } } } } }',
  '{ similarPeople(personId: "1f1d44f0f2c0cec7") { person { id } score } }',
];

/** What a restart may change: JVM flags and neo4j.conf settings (`internal.cypher.*` are Neo4j 5.26's planner knobs). */
interface Configuration {
  jvmFlags?: string[];
  settings?: Record<string, string>;
  /** Plan the texts in the reverse order: the first texts planned also pay to compile the planner's own code. */
  reverse?: boolean;
  /** After the first text, plan the others this many at a time (default 1: one after another). */
  together?: number;
  /**
   * Send each text itself, with the parameters the API last sent it, in place of `EXPLAIN`: a cold
   * first run (planning and execution), against which the `EXPLAIN` of the same restart's other
   * configurations shows the planning's share.
   */
  run?: boolean;
}
const CONFIGS: Record<string, Configuration> = {
  default: {},
  reversed: { reverse: true },
  /** HotSpot's C1 compiler only: cheaper compilation, slower compiled code. */
  c1: { jvmFlags: jitFlags('c1') },
  /** C2 only for code ten times hotter than by default: fewer, later C2 compilations. */
  c2late: { jvmFlags: jitFlags('late-c2') },
  /** The planner's IDP search cut short sooner (defaults 128 table entries, 1000 ms). */
  idp: {
    settings: {
      'internal.cypher.idp_solver_table_threshold': '16',
      'internal.cypher.idp_solver_duration_threshold': '10',
    },
  },
  /** Expressions interpreted, never compiled to bytecode (default: compiled once hot). */
  interpreted: { settings: { 'internal.cypher.expression_engine': 'INTERPRETED' } },
  /** Each text's first run itself (planning and execution), not its `EXPLAIN`. */
  run: { run: true },
  /** The first text alone, then the others two at a time (a plan gate with two turns after the first). */
  pairs: { together: 2 },
  /** Serial and parallel collectors in place of G1: no concurrent GC threads beside the planner on 2 cores. */
  'serial-gc': { jvmFlags: ['-XX:-UseG1GC', '-XX:+UseSerialGC'] },
  'parallel-gc': { jvmFlags: ['-XX:-UseG1GC', '-XX:+UseParallelGC'] },
  'c1+interpreted': {
    jvmFlags: jitFlags('c1'),
    settings: { 'internal.cypher.expression_engine': 'INTERPRETED' },
  },
};
const usage = `Usage: npx tsx test/reliability/cold-plans.ts [--configs a,b] [--restarts N] [--steady S]
  [--examples a,b] [--replans N] [--instead example=file,...]`;
const line = commandLine(() => {
  const values = parseOptions(
    process.argv.slice(2),
    {
      configs: { type: 'string', default: 'default' },
      restarts: { type: 'string', default: '1' },
      steady: { type: 'string', default: '0' },
      examples: { type: 'string' },
      replans: { type: 'string', default: '0' },
      instead: { type: 'string' },
    },
    usage,
  );
  return {
    configNames: listOption('configs', values.configs, Object.keys(CONFIGS), usage),
    restarts: integerOption('restarts', values.restarts, 1, 100, usage),
    /** `--steady S`: after the cold plans, S seconds of warm-up and S measured (default 0: none). */
    steadySeconds: integerOption('steady', values.steady, 0, 3600, usage),
    /** `--examples a,b`: record only the texts these examples (file names without `.graphql`) send. */
    onlyExamples: values.examples?.split(','),
    /** `--replans N`: after the cold plans, each text planned N more times on the warm JVM, the plan cache cleared before each. */
    replans: integerOption('replans', values.replans, 0, 1000, usage),
    /** `--instead example=file,…`: texts to plan in place of an example's, one cold restart each. */
    instead: (values.instead?.split(',') ?? []).map((entry) => {
      const at = entry.indexOf('=');
      const file = entry.slice(at + 1);
      let text: string | undefined;
      try {
        text = at < 1 ? undefined : readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      if (text === undefined) {
        throw new UsageError(
          `--instead "${entry}" is not valid: expected example=file, the file one of Cypher text.\n${usage}`,
        );
      }
      return { example: entry.slice(0, at), name: basename(file), text };
    }),
  };
});
if (line.exitCode !== undefined) process.exit(line.exitCode);
const { configNames, restarts, steadySeconds, onlyExamples, replans, instead } = line.args;
const round = (seconds: number) => Math.round(seconds * 100) / 100;
const log = (line: string) => console.error(`[cold-plans] ${line}`);

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'career-graph-cold-plans-'));
  const options = {
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pageCache: '512m',
  };
  const loadBefore = loadavg();
  try {
    let db = await startNeo4j(options);
    const target = { uri: db.uri, user: db.user, password: db.password ?? '', database: undefined };
    const config = { ...loadConfig({ CAREER_GRAPH_TOKEN: 'cold-plans' }), queryTimeoutMs: 60_000 };
    const texts = new Map<string, string>();
    /** The parameters the API last sent with each text (the executor's recent reads, read after each operation). */
    const paramsOf = new Map<string, Record<string, unknown>>();
    const operations = [
      ...readdirSync(join(projectRoot, 'examples'))
        .filter((file) => file.endsWith('.graphql') && !/import|delete/.test(file))
        .map((file) => ({
          name: file.replace('.graphql', ''),
          query: readFileSync(join(projectRoot, 'examples', file), 'utf8'),
        })),
      ...FAULT_QUERIES.map((query, i) => ({ name: `faults q${i + 1}`, query })),
    ]
      .filter(({ name }) => !onlyExamples || onlyExamples.includes(name))
      .sort((a, b) => (onlyExamples ? onlyExamples.indexOf(a.name) - onlyExamples.indexOf(b.name) : 0));
    if (operations.length === 0) throw new Error(`--examples: none of ${onlyExamples} is an example.`);
    const ask = (url: string, query: string) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).then((response) => response.text());
    {
      const executor = connect(target, 'api', { timeoutMs: 60_000 });
      await prepareDatabase(executor, config);
      const app = await startApp(executor, config, 0);
      let current = '';
      const unobserve = executor.planGate.observe((event) => {
        if (!texts.has(event.text)) texts.set(event.text, current);
      });
      for (const { name, query } of operations) {
        current = name;
        await ask(app.url, query);
        for (const read of executor.recentReads())
          if (!paramsOf.has(read.text)) paramsOf.set(read.text, read.params);
      }
      unobserve();
      await app.close();
      await executor.close();
    }
    /**
     * Steady state: the API on the restarted database asks the operations in turn for
     * `steadySeconds` to warm the JVM, then as long again measured: rounds of all operations, and
     * Neo4j's CPU-seconds and the wall time per round.
     */
    const steadyState = async (pid: number) => {
      const executor = connect(target, 'api', { timeoutMs: 60_000 });
      const app = await startApp(executor, config, 0);
      try {
        const roundOfAll = async () => {
          for (const { query } of operations) await ask(app.url, query);
        };
        const warmUntil = performance.now() + steadySeconds * 1000;
        while (performance.now() < warmUntil) await roundOfAll();
        const cpu = processCpuSeconds(pid) ?? 0;
        const at = performance.now();
        let rounds = 0;
        while (performance.now() - at < steadySeconds * 1000) {
          await roundOfAll();
          rounds++;
        }
        const ms = performance.now() - at;
        return {
          rounds,
          msPerRound: Math.round(ms / rounds),
          neo4jCpuSPerRound: Math.round((((processCpuSeconds(pid) ?? 0) - cpu) / rounds) * 1000) / 1000,
        };
      } finally {
        await app.close();
        await executor.close();
      }
    };
    const runs = [];
    for (const { example } of instead) {
      if (![...texts.values()].includes(example))
        throw new Error(
          `--instead: "${example}" sent no text of its own; recorded: ${[...new Set(texts.values())].join(', ')}.`,
        );
    }
    const variants = [undefined, ...instead];
    const cycle = Array.from({ length: restarts }, () =>
      configNames.flatMap((configName) => variants.map((variant) => ({ configName, variant }))),
    ).flat();
    for (const [restart, { configName, variant }] of cycle.entries()) {
      await stopNeo4j({ home, graceMs: 180_000 });
      const loadAtStart = loadavg();
      const spawnAt = performance.now();
      db = await startNeo4j({
        ...options,
        jvmFlags: CONFIGS[configName]?.jvmFlags,
        settings: CONFIGS[configName]?.settings,
      });
      const boltMs = performance.now() - spawnAt;
      const cpuAtBolt = processCpuSeconds(db.pid) ?? 0;
      const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password ?? ''));
      const jit = new JitCpuMeter(() => jitThreadCpuSeconds(db.pid));
      const timed = async (text: string, params: Record<string, unknown> = {}) => {
        const cpu = processCpuSeconds(db.pid) ?? 0;
        const textJit = new JitCpuMeter(() => jitThreadCpuSeconds(db.pid), 100);
        const at = performance.now();
        let error: string | undefined;
        const session = driver.session();
        try {
          await session.run(text, params);
        } catch (e) {
          error = e instanceof neo4j.Neo4jError ? e.code : String(e).slice(0, 80);
        } finally {
          await session.close();
        }
        const ms = Math.round(performance.now() - at);
        const jitS = textJit.stop();
        return {
          ms,
          cpuS: round((processCpuSeconds(db.pid) ?? 0) - cpu),
          ...(jitS === undefined ? {} : { jitS: round(jitS) }),
          ...(error ? { error } : {}),
        };
      };
      let first = await timed('RETURN 1');
      while (first.error) first = await timed('RETURN 1');
      const cpuAtFirst = processCpuSeconds(db.pid) ?? 0;
      const inEffect = await inEffectOf(driver, CONFIGS[configName] ?? {});
      const cold = [];
      const order = [...texts].map(([text, example]): [string, string] =>
        variant && example === variant.example
          ? [variant.text, `${example} (${variant.name})`]
          : [text, example],
      );
      if (CONFIGS[configName]?.reverse) order.reverse();
      const together = CONFIGS[configName]?.together ?? 1;
      const sequenceCpu = processCpuSeconds(db.pid) ?? 0;
      const sequenceAt = performance.now();
      for (let i = 0; i < order.length; i += i === 0 ? 1 : together) {
        const batch = order.slice(i, i === 0 ? 1 : i + together);
        const planned = await Promise.all(
          batch.map(async ([text, example]) => {
            const figures = CONFIGS[configName]?.run
              ? await timed(text, paramsOf.get(text))
              : await timed(`EXPLAIN ${text}`);
            return {
              example,
              chars: text.length,
              endMs: Math.round(performance.now() - sequenceAt),
              ...figures,
            };
          }),
        );
        for (const figures of planned) cold.push({ planned: cold.length + 1, ...figures });
      }
      const coldWallMs = Math.round(performance.now() - sequenceAt);
      const coldCpuS = round((processCpuSeconds(db.pid) ?? 0) - sequenceCpu);
      const jitS = jit.stop();
      const cached = [];
      for (const [text] of order) cached.push((await timed(`EXPLAIN ${text}`)).ms);
      // Each text run with its parameters after the cold sequence, twice: the first shows whether
      // the cold `EXPLAIN` left the plan the run uses (else it plans again), the second its cached run.
      const runsAfter = [];
      for (const [text, example] of order) {
        const params = paramsOf.get(text);
        if (!params) continue;
        const first = await timed(text, params);
        const again = await timed(text, params);
        runsAfter.push({ example, first, again });
      }
      // Planning again on the warm JVM: the planner's own work, without its compilation.
      const warmReplans = [];
      for (const [text, example] of order) {
        const cpuS = [];
        for (let i = 0; i < replans; i++) {
          await timed('CALL db.clearQueryCaches()');
          cpuS.push((await timed(`EXPLAIN ${text}`)).cpuS);
        }
        if (replans > 0) warmReplans.push({ example, chars: text.length, cpuS: cpuS.sort((a, b) => a - b) });
      }
      await driver.close();
      const steady = steadySeconds > 0 ? await steadyState(db.pid) : undefined;
      const totalColdCpuS = round(cold.reduce((sum, c) => sum + c.cpuS, 0));
      runs.push({
        config: configName,
        ...(variant ? { instead: `${variant.example}=${variant.name}` } : {}),
        inEffect,
        loadAtStart,
        loadAtEnd: loadavg(),
        boltMs: Math.round(boltMs),
        cpuAtBoltS: cpuAtBolt,
        firstReturn1: first,
        explainCold: cold.sort((a, b) => b.cpuS - a.cpuS),
        cpuBoltToFirstS: round(cpuAtFirst - cpuAtBolt),
        totalColdCpuS,
        totalColdMs: cold.reduce((sum, c) => sum + c.ms, 0),
        /** The whole sequence, first EXPLAIN sent to last answered (with `together`, runs overlap). */
        coldWallMs,
        coldCpuS,
        jitCpuS: jitS,
        jitShare: jitS === undefined ? undefined : round(jitS / totalColdCpuS),
        cachedTotalMs: cached.reduce((a, b) => a + b, 0),
        runsAfter,
        ...(replans > 0 ? { warmReplans } : {}),
        steady,
      });
      log(
        `restart ${restart + 1} of ${cycle.length} (${configName}${variant ? `, ${variant.name}` : ''}) measured: ${totalColdCpuS} CPU-s`,
      );
    }
    console.log(JSON.stringify({ texts: texts.size, loadBefore, loadAfter: loadavg(), runs }, null, 1));
  } finally {
    await stopNeo4j({ home, graceMs: 10_000 }).catch(() => {});
    rmSync(home, { recursive: true, force: true });
  }
}

/** The JVM flags and settings the restarted Neo4j reports, so a run shows its configuration took. */
async function inEffectOf(driver: neo4j.Driver, config: Configuration): Promise<Record<string, unknown>> {
  const session = driver.session();
  try {
    const jmx = await session.run(
      "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.InputArguments.value AS args",
    );
    const args = (jmx.records[0]?.get('args') ?? []) as string[];
    const settings: Record<string, unknown> = {};
    for (const name of Object.keys(config.settings ?? {})) {
      const listed = await session.run('CALL dbms.listConfig($name) YIELD name, value RETURN name, value', {
        name,
      });
      settings[name] = listed.records.find((r) => r.get('name') === name)?.get('value') ?? 'not listed';
    }
    return { jvmFlags: (config.jvmFlags ?? []).filter((flag) => args.includes(flag)), settings };
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
