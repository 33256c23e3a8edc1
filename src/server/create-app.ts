import { setMaxListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import type { Config } from '../config.js';
import type { Executor } from '../db/Executor.js';
import { type Context, createContext } from '../graphql/context.js';
import { ListBoundsCache } from '../graphql/guard-rails/list-bounds.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { similarListRefreshFailures } from '../graphql/similar-lists.js';
import { loadTypeDefs } from '../graphql/type-defs.js';
import { mountWeb } from '../web/mount-web.js';
import { hasBearerToken } from './bearer-token.js';
import { compiledExecutionPlugin } from './compiled-execution-plugin.js';
import { createFormatError } from './format-error.js';
import { type GraphqlOptions, graphqlFrontDoor, graphqlPost, graphqlRoute } from './graphql-post.js';
import { guardRailsPlugin, withMutationUpkeep } from './guard-rails-plugin.js';
import { InFlight } from './in-flight.js';
import { notFound, requestErrorHandler } from './json-body.js';
import { stringifyResult } from './response-json.js';
import { TurnGate } from './turn-gate.js';

/** /health answers within this long whatever the database does. */
const HEALTH_ANSWER_MS = 800;
/** How long `close()` lets running operations finish by default: Apollo's own drain grace. */
const STOP_GRACE_MS = 10_000;
/**
 * After the grace, how long stopped operations get to write their answer before the sockets are
 * destroyed and `close()` returns regardless (a stopped operation answers within milliseconds).
 */
const ANSWER_AFTER_STOP_MS = 2_000;

/**
 * The guard rails every operation passes, whoever sends it (playground included). graphql-armor's
 * defaults, except that Relay connections spend two levels (`edges`, `node`) and multiply cost by
 * `first`, so depth and cost get room for one connection around six levels of entities
 * (people → roles → company → technologies over 50 people is depth 8, cost about 5,600).
 */
export const armorLimits = {
  maxDepth: { n: 8 },
  maxAliases: { n: 15 },
  // Enforced by tokenLimitRefusal (graphql-post.ts), which answers 400 where armor's plugin answers 500.
  maxTokens: { n: 1000, enabled: false },
  costLimit: { maxCost: 10_000 },
  maxDirectives: { n: 50 },
} as const;

export interface StartOptions {
  /**
   * Where the server's own upkeep (measuring the graph's list bounds) reads; default: `executor`'s
   * pool. Another connection lets a test fail the measurement for real while requests answer.
   */
  upkeep?: Executor;
  /** How long `close()` lets running operations finish before it stops them (default 10 s). */
  stopGraceMs?: number;
}

export interface RunningApp {
  url: string;
  port: number;
  /**
   * Stops the server; the caller may close the Executor once it resolves. It stops listening;
   * running operations get the grace period (`stopGraceMs`) to finish; those still running or
   * waiting for a turn then are stopped and answer SERVICE_UNAVAILABLE. Resolves once every
   * operation has settled, whether its client is still there or not (ANSWER_AFTER_STOP_MS after the
   * stop at the latest), so that none runs on a closed driver. Called again, the same promise.
   */
  close(): Promise<void>;
}

/**
 * The HTTP server: GraphQL on /graphql, /health, the playground and the explorer. It owns no
 * database connection: the caller's Executor outlives it, but is health-monitored while it runs.
 * Every request's transactions share one deadline (QUERY_TIMEOUT_MS from its arrival); every error,
 * inside GraphQL or not, is answered as GraphQL-shaped JSON with a code.
 */
export async function startApp(
  executor: Executor,
  config: Config,
  port = config.port,
  options: StartOptions = {},
): Promise<RunningApp> {
  const app = express();
  app.disable('x-powered-by');
  // A GraphQL answer is POSTed and never revalidated: hashing every body for an ETag is wasted work.
  app.disable('etag');
  // Created first for Apollo's drain plugin; its request listener is set once Apollo has started.
  const httpServer: Server = createServer();
  const armor = new ApolloArmor(armorLimits).protect();
  const bounds = new ListBoundsCache(options.upkeep ?? executor.forUpkeep());
  const gates = {
    heavy: new TurnGate(config.limits.heavyConcurrency, config.limits.heavyQueue, 'heavy operations'),
    operations: new TurnGate(config.limits.operationConcurrency, config.limits.operationQueue, 'operations'),
  };
  const stopGraceMs = options.stopGraceMs ?? STOP_GRACE_MS;
  const operations = new InFlight();
  /** Aborted at the end of the shutdown's grace: every request's database work stops. */
  const stop = new AbortController();
  // Every transaction running listens to it: as many as the pool's connections, not a leak.
  setMaxListeners(0, stop.signal);

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: withMutationUpkeep(resolvers, bounds),
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // The caller owns shutdown (main.ts stops the server, then the database it started); Apollo's
    // own signal handling would race it and re-raise the signal.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    formatError: createFormatError(config.production),
    // The JSON text the response-size guard rail measured, not a second serialisation.
    stringifyResult,
    plugins: [
      // Armor is typed against Apollo's CommonJS build; the plugins are context-agnostic.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      guardRailsPlugin(bounds, config.limits, gates),
      // After the guard rails, which refuse or queue an operation before it runs.
      compiledExecutionPlugin(),
      // Sockets are destroyed only after the operations stopped at the grace have answered.
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: stopGraceMs + ANSWER_AFTER_STOP_MS,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here sets cache hints, and Apollo's default cache-control plugin would wrap every
      // field's resolver to compute them: 7% of the server's CPU on a page of 50 people.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  // Measured before the first request is priced (planning it on a cold database takes seconds).
  await bounds.ready();

  // The deadline counts from the request's arrival, before its body is read.
  app.use((_request, response, next) => {
    response.locals.started = Date.now();
    next();
  });
  // The server's counters ride along: kept similar lists whose refill failed, by error class.
  app.get('/health', async (_request, response) => {
    const up = await executor.ping(HEALTH_ANSWER_MS);
    response.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'unavailable',
      database: up ? 'up' : 'down',
      similarListRefreshFailures: Object.fromEntries(similarListRefreshFailures()),
    });
  });
  mountWeb(app);
  const graphqlOptions: GraphqlOptions<Context> = {
    apollo,
    limitBytes: config.limits.requestBytes,
    maxTokens: armorLimits.maxTokens.n,
    production: config.production,
    context: async (request, started) => {
      const header = request.headers.authorization;
      const credentials = hasBearerToken(header, config.token) ? 'valid' : header ? 'invalid' : 'none';
      return createContext(executor, config, credentials, started, stop.signal);
    },
    track: (work) => operations.track(work),
  };
  app.use('/graphql', ...graphqlRoute(graphqlOptions));
  app.use(notFound);
  app.use(requestErrorHandler(config.limits.requestBytes, config.production));
  // POST /graphql is answered before Express; Express gets every other request.
  httpServer.on('request', graphqlFrontDoor(graphqlPost(graphqlOptions), app));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  executor.health.start();
  let closed: Promise<void> | undefined;
  const close = async () => {
    bounds.close();
    const drained = apollo.stop();
    const settled = operations.idle().then(() => true);
    const timers: NodeJS.Timeout[] = [];
    const after = (ms: number) =>
      new Promise<false>((resolve) => timers.push(setTimeout(resolve, ms, false)));
    if (!(await Promise.race([settled, after(stopGraceMs)]))) {
      stop.abort();
      gates.heavy.close();
      gates.operations.close();
      await Promise.race([settled, after(ANSWER_AFTER_STOP_MS)]);
    }
    for (const timer of timers) clearTimeout(timer);
    await drained;
    executor.health.stop();
  };
  return {
    url: `http://localhost:${actualPort}`,
    port: actualPort,
    close: () => {
      closed ??= close();
      return closed;
    },
  };
}
