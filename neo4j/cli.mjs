// `npm run db:start | db:stop | db:status`: the local development database.
import { Neo4jRunnerError, neo4jStatus, optionsFromEnv, startNeo4j, stopNeo4j } from './local-neo4j.mjs';

const commands = {
  async start(options) {
    const db = await startNeo4j({ ...options, log: (line) => console.log(line) });
    console.log(
      `Neo4j ${db.reused ? 'already running' : 'started'}: ${db.uri} (user ${db.user}, password in ${db.home}/password)`,
    );
    console.log(`Neo4j Browser: http://127.0.0.1:${db.httpPort}/browser/`);
  },
  async stop(options) {
    console.log((await stopNeo4j(options)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
  },
  async status(options) {
    const status = await neo4jStatus(options);
    console.log(
      status.running
        ? `Neo4j running: ${status.uri} (pid ${status.pid}, data in ${status.home})`
        : `Neo4j not running (data in ${status.home}).`,
    );
    process.exitCode = status.running ? 0 : 3;
  },
};

const name = process.argv[2];
const command = commands[name];
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
