// `npm start`: the database (an existing one from NEO4J_URI, or the local one), schema and seed,
// the front-end build, and the GraphQL server. Ctrl-C stops the server and the database it started.
import { randomBytes } from 'node:crypto';
import { optionsFromEnv, startNeo4j, stopNeo4j } from '../neo4j/local-neo4j.mjs';
import { loadConfig } from './config.js';
import { createDriver } from './db/create-driver.js';
import { Executor } from './db/Executor.js';
import { startApp } from './server/create-app.js';
import { prepareDatabase } from './server/prepare-database.js';
import { ensureWebBuild } from './web/ensure-web-build.js';

const log = (line: string) => console.log(`[career-graph] ${line}`);

/** The local database this process started, which it stops on the way out, also after a failure. */
let startedHome: string | undefined;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const runner = optionsFromEnv(process.env);
  let uri = config.neo4jUri;
  let password = config.neo4jPassword;

  const webBuild = ensureWebBuild(log);
  if (uri) {
    log(`Using the database at ${uri} (NEO4J_URI).`);
  } else {
    log(`Starting the local Neo4j (data in ${runner.home})...`);
    const db = await startNeo4j({ ...runner, log });
    uri = db.uri;
    password ??= db.password;
    if (!db.reused) startedHome = db.home;
    log(
      `Neo4j ${db.reused ? 'already running' : 'started'} at ${db.uri}; Neo4j Browser: http://localhost:${db.httpPort}/browser/`,
    );
  }
  if (!password) {
    throw new Error(`No password for ${uri}: set NEO4J_PASSWORD.`);
  }

  const executor = new Executor(createDriver({ uri, user: config.neo4jUser, password }), {
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutMs,
  });
  const prepared = await prepareDatabase(executor, config);
  log(
    prepared.seeded
      ? `Loaded the seed résumés from ${config.seedDir}: ${prepared.people} people.`
      : `The graph holds ${prepared.people} people; seed not reloaded.`,
  );
  await webBuild;

  let token = config.token;
  if (!token) {
    token = randomBytes(24).toString('base64url');
    log(
      `Mutations need "Authorization: Bearer ${token}" (generated for this run; set CAREER_GRAPH_TOKEN to choose one).`,
    );
  }
  const app = await startApp(executor, { ...config, token });
  log(`GraphQL API and playground: ${app.url}/graphql`);
  log(`Graph explorer:             ${app.url}/explore`);
  log(`Health:                     ${app.url}/health`);

  let stopping = 0;
  const stop = async (signal: string) => {
    // Ctrl-C reaches npm, tsx and this process at once, so a repeat is expected; a later one
    // (a second Ctrl-C after a second) means "now".
    if (stopping) {
      if (Date.now() - stopping > 1000) process.exit(1);
      return;
    }
    stopping = Date.now();
    log(`${signal}: stopping...`);
    await app.close();
    await executor.close();
    if (startedHome) {
      await stopNeo4j({ home: startedHome });
      log('Neo4j stopped.');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(async (error: unknown) => {
  console.error(`[career-graph] ${error instanceof Error ? error.message : String(error)}`);
  if (startedHome) await stopNeo4j({ home: startedHome });
  process.exit(1);
});
