// `npm run db:start | db:stop | db:status`: the local development database.
import {
  Neo4jRunnerError,
  neo4jStatus,
  optionsFromEnv,
  type RunnerSettings,
  startNeo4j,
  stopNeo4j,
} from './local-neo4j.js';

/** Ctrl-C (or SIGTERM) during `start`: it gives up, stopping the JVM it had spawned. */
class Interrupted extends Neo4jRunnerError {
  constructor(readonly signal: NodeJS.Signals) {
    super(`Interrupted by ${signal}.`);
  }
}

const commands: Record<string, (options: RunnerSettings) => Promise<void>> = {
  async start(options) {
    const abort = new AbortController();
    let spawned = false;
    let interrupted = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      // npm forwards the terminal's Ctrl-C, so one arrives twice; a later one means "now".
      if (interrupted) {
        if (Date.now() - interrupted > 1000) process.exit(1);
        return;
      }
      interrupted = Date.now();
      abort.abort(new Interrupted(signal));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const db = await startNeo4j({
        ...options,
        log: (line) => console.log(line),
        signal: abort.signal,
        onSpawn: () => {
          spawned = true;
        },
      });
      console.log(
        `Neo4j ${db.reused ? 'already running' : 'started'}: ${db.uri} (user ${db.user}, password in ${db.home}/password)`,
      );
      console.log(`Neo4j Browser: http://127.0.0.1:${db.httpPort}/browser/`);
    } catch (error) {
      const reason: unknown = abort.signal.reason;
      if (!(reason instanceof Interrupted)) throw error;
      console.error(
        `Interrupted by ${reason.signal}${spawned ? ': stopped the Neo4j this command had started.' : '.'}`,
      );
      process.exit(reason.signal === 'SIGTERM' ? 143 : 130);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
  async stop(options) {
    console.log((await stopNeo4j(options)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
  },
  async status(options) {
    const status = await neo4jStatus(options);
    if (status.running) {
      console.log(`Neo4j running: ${status.uri} (pid ${status.pid}, data in ${status.home})`);
    } else if (status.starting) {
      console.log(
        `Neo4j starting: pid ${status.pid}, Bolt not answering yet at ${status.uri} (data in ${status.home})`,
      );
    } else {
      const stale =
        status.stalePid === undefined
          ? ''
          : `; removed a stale neo4j.pid (process ${status.stalePid} is not this Neo4j)`;
      console.log(`Neo4j not running (data in ${status.home})${stale}.`);
    }
    process.exitCode = status.running ? 0 : 3;
  },
};

const name = process.argv[2];
const command = name === undefined ? undefined : commands[name];
if (!command) {
  console.error(`Unknown command "${name ?? ''}": expected one of ${Object.keys(commands).join(', ')}.`);
  process.exit(2);
}
try {
  await command(optionsFromEnv(process.env));
} catch (error) {
  console.error(error instanceof Neo4jRunnerError ? error.message : error);
  process.exit(1);
}
