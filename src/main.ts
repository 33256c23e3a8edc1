// `npm start`: the database (an existing one from NEO4J_URI, or the local one), schema and seed,
// the front-end build, and the GraphQL server. Ctrl-C stops the server and the database it started,
// also during start-up; a failed start-up stops what it had started too. A database this process
// did not start (NEO4J_URI, or a local one already running) is never stopped.
import { randomBytes } from 'node:crypto';
import { optionsFromEnv, startNeo4j, stopNeo4j } from '../neo4j/local-neo4j.js';
import { loadConfig } from './config.js';
import { connect, databaseTarget } from './db/connect.js';
import type { Executor } from './db/Executor.js';
import { type RunningApp, startApp } from './server/create-app.js';
import { prepareDatabase } from './server/prepare-database.js';
import { errorMessage } from './util/error-message.js';
import { ensureWebBuild, type WebBuildResult } from './web/ensure-web-build.js';

const log = (line: string) => console.log(`[career-graph] ${line}`);

/** A signal that arrived before the server was up. */
class StartupInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`Start-up interrupted by ${signal}`);
  }
}

/** Aborted by the first SIGINT/SIGTERM during start-up: every slow step gives up when it is. */
const startup = new AbortController();
/** The local database this process spawned, recorded the moment the runner spawns it. */
let startedHome: string | undefined;
let executor: Executor | undefined;
let app: RunningApp | undefined;
let stopping = 0;

function onSignal(signal: NodeJS.Signals): void {
  // Ctrl-C reaches npm, tsx and this process at once, so a repeat is expected; a later one
  // (a second Ctrl-C after a second) means "now".
  if (stopping) {
    if (Date.now() - stopping > 1000) process.exit(1);
    return;
  }
  stopping = Date.now();
  if (app) void shutdown(signal, app);
  else startup.abort(new StartupInterrupted(signal));
}
// Before anything slow (Maven, the JVM, seeding, the Vite build), so no signal leaves Neo4j behind.
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

/** `work`, unless start-up is interrupted first (then the interruption, and `work` is left to die). */
function unlessInterrupted<T>(work: Promise<T>): Promise<T> {
  const { signal } = startup;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const runner = optionsFromEnv(process.env);
  let local: { uri: string; password: string | undefined } | undefined;

  // Runs beside the database start and seeding, awaited last. Its outcome is kept as a value, so
  // a build that fails early is reported then, never as an unhandled rejection.
  const webBuild: Promise<{ ok: true; result: WebBuildResult } | { ok: false; error: unknown }> =
    ensureWebBuild(log).then(
      (result) => ({ ok: true, result }),
      (error: unknown) => ({ ok: false, error }),
    );
  if (config.neo4jUri) {
    log(`Using the database at ${config.neo4jUri} (NEO4J_URI).`);
  } else {
    log(`Starting the local Neo4j (data in ${runner.home})...`);
    const db = await startNeo4j({
      ...runner,
      log,
      signal: startup.signal,
      onSpawn: ({ home }) => {
        startedHome = home;
      },
    });
    local = { uri: db.uri, password: db.password };
    log(
      `Neo4j ${db.reused ? 'already running' : 'started'} at ${db.uri}; Neo4j Browser: http://localhost:${db.httpPort}/browser/`,
    );
  }
  executor = connect(databaseTarget(config, local), 'api', {
    timeoutMs: config.queryTimeoutMs,
    unresponsiveMs: config.databaseUnresponsiveMs,
  });
  const prepared = await unlessInterrupted(prepareDatabase(executor, config));
  log(
    prepared.seeded
      ? `Loaded the seed résumés from ${config.seedDir}: ${prepared.people} people.`
      : `The graph holds ${prepared.people} people; seed not reloaded.`,
  );
  const built = await unlessInterrupted(webBuild);
  if (!built.ok) throw built.error;

  let token = config.token;
  if (!token) {
    token = randomBytes(24).toString('base64url');
    log(
      `Mutations need "Authorization: Bearer ${token}" (generated for this run; set CAREER_GRAPH_TOKEN to choose one).`,
    );
  }
  const running = await unlessInterrupted(startApp(executor, { ...config, token }));
  startup.signal.throwIfAborted();
  app = running;
  log(`GraphQL API and playground: ${running.url}/graphql`);
  log(`Graph explorer:             ${running.url}/explore`);
  log(`Health:                     ${running.url}/health`);
}

/** Ctrl-C once the server is up: the server, the driver, and the database this process started. */
async function shutdown(signal: NodeJS.Signals, running: RunningApp): Promise<void> {
  log(`${signal}: stopping...`);
  let code = 0;
  try {
    await running.close();
    await executor?.close();
  } catch (error) {
    console.error(`[career-graph] Stopping the server failed: ${errorMessage(error)}`);
    code = 1;
  }
  if (startedHome) {
    try {
      await stopNeo4j({ home: startedHome });
      log('Neo4j stopped.');
    } catch (error) {
      console.error(`[career-graph] Could not stop the Neo4j in ${startedHome}: ${errorMessage(error)}`);
      code = 1;
    }
  }
  process.exit(code);
}

/** A failed or interrupted start-up: stop what this process started, then one line and a non-zero exit. */
async function abandonStartup(error: unknown): Promise<never> {
  let problem = errorMessage(error);
  await executor?.close().catch(() => {});
  if (startedHome) {
    log('Stopping the Neo4j this run started...');
    try {
      await stopNeo4j({ home: startedHome });
    } catch (stopError) {
      problem += ` (and the Neo4j in ${startedHome} could not be stopped: ${errorMessage(stopError)})`;
    }
  }
  // The signal wins over whatever error it caused (Maven or java dying of the same Ctrl-C).
  const interrupted = startup.signal.reason instanceof StartupInterrupted ? startup.signal.reason : undefined;
  if (interrupted) {
    const stopped = startedHome ? '; stopped the Neo4j it had started' : '';
    console.error(`[career-graph] ${interrupted.message}${stopped}.`);
    process.exit(interrupted.signal === 'SIGTERM' ? 143 : 130);
  }
  console.error(`[career-graph] ${problem}`);
  process.exit(1);
}

main().catch(abandonStartup);
