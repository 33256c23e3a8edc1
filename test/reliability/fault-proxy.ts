import { createServer, type Server, Socket } from 'node:net';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { connect } from '../../src/db/connect.js';
import type { Executor } from '../../src/db/Executor.js';
import { type RunningApp, startApp } from '../../src/server/create-app.js';
import { graphql } from '../support/graphql-client.js';
import { PATIENCE_MS, waitFor } from '../support/patience.js';

/**
 * A TCP proxy in front of the real database that can fail the way a database host does, for tests
 * that need a database fault without signalling the shared test database:
 * - `freeze()`: connections stay open and new ones are accepted, but no byte goes either way (what
 *   a client sees of `kill -STOP`); `thaw()` lets the bytes held meanwhile through, in order.
 * - `refuse()`: every connection is reset and new ones are refused (a crashed process, `kill -9`);
 *   `accept()` listens again on the same port (the database back).
 */
export class FaultProxy {
  private server: Server | undefined;
  private readonly links = new Set<Link>();
  private frozen = false;
  port = 0;
  /** Client connections accepted so far (each Bolt handshake probe opens one). */
  accepted = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  /** `bolt://` URI of the proxy, once listening. */
  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  async accept(): Promise<void> {
    const server = createServer((client) => this.connect(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const link of this.links) link.flush();
  }

  async refuse(): Promise<void> {
    this.frozen = false;
    const server = this.server;
    this.server = undefined;
    for (const link of this.links) link.reset();
    this.links.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  async close(): Promise<void> {
    await this.refuse();
  }

  private connect(client: Socket): void {
    this.accepted += 1;
    const upstream = new Socket();
    upstream.connect(this.upstreamPort, this.upstreamHost);
    const link = new Link(client, upstream, () => this.frozen);
    this.links.add(link);
    const end = () => {
      this.links.delete(link);
      link.reset();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  }
}

/** One client connection and its upstream one; bytes held while frozen go on, in order, at flush. */
class Link {
  private readonly held: { to: Socket; chunk: Buffer }[] = [];

  constructor(
    private readonly client: Socket,
    private readonly upstream: Socket,
    private readonly frozen: () => boolean,
  ) {
    client.on('data', (chunk: Buffer) => this.send(upstream, chunk));
    upstream.on('data', (chunk: Buffer) => this.send(client, chunk));
  }

  flush(): void {
    for (const { to, chunk } of this.held.splice(0)) if (!to.destroyed) to.write(chunk);
  }

  reset(): void {
    this.held.length = 0;
    if (!this.client.destroyed) this.client.resetAndDestroy();
    this.upstream.destroy();
  }

  private send(to: Socket, chunk: Buffer): void {
    if (this.frozen() || this.held.length > 0) this.held.push({ to, chunk });
    else to.write(chunk);
  }
}

/**
 * The API as the server runs it (connect's `api` executor, its health monitor), talking to the test
 * database through a FaultProxy; requests get `deadlineMs`. `close()` stops the API, its driver and
 * the proxy.
 */
export async function apiBehindProxy(token: string, deadlineMs: number) {
  const { uri, user, password } = inject('database');
  const upstream = new URL(uri.replace(/^bolt/, 'http'));
  const proxy = new FaultProxy(upstream.hostname, Number(upstream.port));
  await proxy.accept();
  const config = { ...loadConfig({ CAREER_GRAPH_TOKEN: token }), queryTimeoutMs: deadlineMs };
  const executor: Executor = connect({ uri: proxy.uri, user, password, database: undefined }, 'api', {
    timeoutMs: deadlineMs,
    unresponsiveMs: config.databaseUnresponsiveMs,
  });
  const app: RunningApp = await startApp(executor, config, 0);
  return {
    proxy,
    executor,
    app,
    async close() {
      await app.close();
      await executor.close();
      await proxy.close();
    },
  };
}

/**
 * How long one try of `answersAgain` waits for its answer: a third of the whole wait. The API behind
 * the proxy has a long request deadline, so a try sent while the database is still away (or to a
 * connection that will never answer) could otherwise hang for all of PATIENCE_MS, leaving no try to
 * be sent once the database is back and the wait failing with no answer to show; bounded, it counts
 * as one failed try, and at least two more fit in the wait.
 */
const TRY_MS = PATIENCE_MS / 3;

/**
 * Sends `query` to the API at `url` until it answers without errors (the database behind the proxy is
 * back): that answer. Each try waits TRY_MS at most. Fails past PATIENCE_MS (`waitFor`) with the last
 * answer, which names what kept it from answering (or that the last try got none).
 */
export async function answersAgain(url: string, query: string): Promise<unknown> {
  let last: unknown;
  try {
    await waitFor(
      'the query to answer again without errors',
      async () => {
        try {
          const { body } = await graphql(url, query, {}, {}, AbortSignal.timeout(TRY_MS));
          last = body;
          return !body.errors;
        } catch (error) {
          if ((error as Error).name !== 'TimeoutError') throw error;
          last = `no answer within ${TRY_MS} ms`;
          return false;
        }
      },
      { everyMs: 100 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; its last answer: ${JSON.stringify(last)}`);
  }
  return last;
}
