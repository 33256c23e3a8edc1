// Our API as `npm start` serves it (startApp over the Executor `connect` makes for the API: its
// driver, the health monitor's own probe driver, DB_UNRESPONSIVE_MS), without the database
// start-up, the seed and the web build, which a benchmark does not measure. A child of
// `bench:compare`: reads the usual environment (NEO4J_URI, NEO4J_PASSWORD, PORT, QUERY_TIMEOUT_MS,
// DB_UNRESPONSIVE_MS, NODE_ENV) and prints `listening <url>` once it answers.
import { loadConfig } from '../../src/config.js';
import { connect, databaseTarget } from '../../src/db/connect.js';
import { startApp } from '../../src/server/create-app.js';

const config = loadConfig(process.env);
if (!config.neo4jUri || !config.neo4jPassword) throw new Error('NEO4J_URI and NEO4J_PASSWORD must be set.');
const executor = connect(databaseTarget(config), 'api', {
  timeoutMs: config.queryTimeoutMs,
  unresponsiveMs: config.databaseUnresponsiveMs,
});
const app = await startApp(executor, config);
// Every "database down" verdict, on stderr with its time: a load run that answers
// SERVICE_UNAVAILABLE says when and why the health monitor decided so.
executor.health.onDown((reason) =>
  process.stderr.write(`[our-api] ${new Date().toISOString()} database marked down: ${reason}\n`),
);
process.stdout.write(`listening ${app.url}\n`);
process.on('SIGTERM', () => void app.close().then(() => executor.close().then(() => process.exit(0))));
