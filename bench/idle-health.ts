// What an idle API costs the machine, its health monitor with the idle pace and without it:
//   npx tsx bench/idle-health.ts [--seconds 30] [--rounds 4] [--settle 10]
// Starts a Neo4j of its own (.data/idle-health, an empty graph) and lets it settle (an unmeasured
// idle spell of each side: a freshly started JVM compiles for a while). Then, `--rounds` times, the
// API in this process on it twice, idle (one /health when it has started, then nothing): once with
// the monitor's idle pace (the API's, src/db/connect.ts) and once without it (a Bolt handshake
// whenever 25 ms passed without an answer, as before session 22), the order alternating between
// rounds so that drift of a shared machine falls on both, each measured after `--settle` seconds of
// its own. Per side: the CPU milliseconds per idle second of this process and of Neo4j (from /proc,
// Linux only), and their medians (nearest rank). Prints one JSON document; take the heavy lock (it
// starts Neo4j).
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, processCpuSeconds, startNeo4j, stopNeo4j } from '../neo4j/local-neo4j.js';
import { commandLine, integerOption, parseOptions } from '../src/cli/cli-arguments.js';
import { loadConfig, projectRoot } from '../src/config.js';
import { boltAddress } from '../src/db/bolt-handshake.js';
import { createDriver } from '../src/db/create-driver.js';
import { Executor } from '../src/db/Executor.js';
import { IDLE_PROBE_INTERVAL_MS } from '../src/db/health.js';
import { startApp } from '../src/server/create-app.js';
import { prepareDatabase } from '../src/server/prepare-database.js';
import { percentile } from '../src/util/percentile.js';

const usage = 'Usage: npx tsx bench/idle-health.ts [--seconds 30] [--rounds 4] [--settle 10]';
const log = (line: string) => process.stderr.write(`[idle-health] ${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SIDES = { idle: { idleIntervalMs: IDLE_PROBE_INTERVAL_MS }, fast: {} } as const;
type SideName = keyof typeof SIDES;

interface Credentials {
  uri: string;
  user: string;
  password: string;
}

/** CPU milliseconds per idle second of this process and of Neo4j, one idle spell of the API with `side`'s monitor. */
async function idleSpell(
  credentials: Credentials,
  neo4jPid: number,
  side: SideName,
  { seconds, settle }: { seconds: number; settle: number },
) {
  const config = loadConfig({ CAREER_GRAPH_TOKEN: 'idle-health' });
  const executor = new Executor(createDriver(credentials, 'api'), {
    timeoutMs: config.queryTimeoutMs,
    probeDriver: createDriver(credentials, 'probe'),
    liveness: boltAddress(credentials.uri),
    health: SIDES[side],
  });
  const app = await startApp(executor, config, 0);
  try {
    await fetch(`${app.url}/health`);
    // Its start-up work (the loader's warm-up, the list bounds, V8 compiling) is not idling.
    await sleep(settle * 1000);
    const ours = process.cpuUsage();
    const database = processCpuSeconds(neo4jPid);
    const started = performance.now();
    await sleep(seconds * 1000);
    const elapsed = (performance.now() - started) / 1000;
    const used = process.cpuUsage(ours);
    const databaseAfter = processCpuSeconds(neo4jPid);
    return {
      apiCpuMsPerSecond: (used.user + used.system) / 1000 / elapsed,
      neo4jCpuMsPerSecond:
        database === undefined || databaseAfter === undefined
          ? undefined
          : ((databaseAfter - database) * 1000) / elapsed,
    };
  } finally {
    await app.close();
    await executor.close();
  }
}

async function main(): Promise<number> {
  const line = commandLine(() => {
    const values = parseOptions(
      process.argv.slice(2),
      {
        seconds: { type: 'string', default: '30' },
        rounds: { type: 'string', default: '4' },
        settle: { type: 'string', default: '10' },
      },
      usage,
    );
    return {
      seconds: integerOption('seconds', values.seconds, 1, 3_600, usage),
      rounds: integerOption('rounds', values.rounds, 1, 100, usage),
      settle: integerOption('settle', values.settle, 0, 600, usage),
    };
  });
  if (line.exitCode !== undefined) return line.exitCode;
  const { seconds, rounds, settle } = line.args;
  const home = join(projectRoot, '.data/idle-health');
  const database = await startNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    log: (text) => log(text),
  });
  const credentials = { uri: database.uri, user: 'neo4j', password: database.password ?? '' };
  const loadBefore = loadavg();
  try {
    const setup = new Executor(createDriver(credentials), { timeoutMs: 60_000 });
    await prepareDatabase(setup, loadConfig({}), { seed: false });
    await setup.close();
    const runs: Record<SideName, { apiCpuMsPerSecond: number; neo4jCpuMsPerSecond: number | undefined }[]> = {
      idle: [],
      fast: [],
    };
    for (const side of ['fast', 'idle'] as const)
      await idleSpell(credentials, database.pid, side, { seconds: settle, settle });
    for (let round = 0; round < rounds; round++) {
      const order: SideName[] = round % 2 ? ['idle', 'fast'] : ['fast', 'idle'];
      for (const side of order) {
        const spell = await idleSpell(credentials, database.pid, side, { seconds, settle });
        runs[side].push(spell);
        log(
          `round ${round + 1} ${side}: API ${spell.apiCpuMsPerSecond.toFixed(2)} CPU-ms/s, Neo4j ${spell.neo4jCpuMsPerSecond?.toFixed(2)} CPU-ms/s (load ${loadavg()[0]?.toFixed(2)})`,
        );
      }
    }
    const summary = Object.fromEntries(
      (Object.keys(runs) as SideName[]).map((side) => [
        side,
        {
          apiCpuMsPerSecondMedian: percentile(
            runs[side].map((run) => run.apiCpuMsPerSecond),
            0.5,
          ),
          neo4jCpuMsPerSecondMedian: percentile(
            runs[side].map((run) => run.neo4jCpuMsPerSecond ?? Number.NaN),
            0.5,
          ),
          runs: runs[side],
        },
      ]),
    );
    console.log(
      JSON.stringify(
        { seconds, rounds, settle, loadAverageBefore: loadBefore, loadAverageAfter: loadavg(), ...summary },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    await stopNeo4j({ home });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
