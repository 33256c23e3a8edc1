// Our API as `npm start` serves it (startApp over one Executor, the configured transaction
// timeout), without the database start-up, the seed and the web build, which a benchmark does not
// measure. A child of `bench:compare`: reads the usual environment (NEO4J_URI, NEO4J_PASSWORD,
// PORT, QUERY_TIMEOUT_MS, NODE_ENV) and prints `listening <url>` once it answers.
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor } from '../../src/db/Executor.js';
import { startApp } from '../../src/server/create-app.js';

const config = loadConfig(process.env);
if (!config.neo4jUri || !config.neo4jPassword) throw new Error('NEO4J_URI and NEO4J_PASSWORD must be set.');
const executor = new Executor(
  createDriver({ uri: config.neo4jUri, user: config.neo4jUser, password: config.neo4jPassword }),
  { database: config.neo4jDatabase, timeoutMs: config.queryTimeoutMs },
);
const app = await startApp(executor, config);
process.stdout.write(`listening ${app.url}\n`);
process.on('SIGTERM', () => void app.close().then(() => executor.close().then(() => process.exit(0))));
