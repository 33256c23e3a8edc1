// The floor over HTTP: the floor's own Cypher (compare/operations.ts), run through the same
// Executor and driver as the driver floor, behind the least an HTTP API can be: node:http, one
// POST per operation at `/floor/<operation name>` with `{"variables": {...}}`, answered with
// `{"data": ...}` serialised by JSON.stringify. No GraphQL, no framework, no guard rails, so ours /
// this floor is what our API costs over the cheapest HTTP answer of the same query. Run directly
// (a child of `bench:compare`), it reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and PORT (0: any
// free port) and prints `listening <url>` once it answers.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createDriver } from '../../src/db/create-driver.js';
import { Executor, type Params } from '../../src/db/Executor.js';
import { errorMessage } from '../../src/util/error-message.js';
import { serveAsChild } from './child-server.js';
import { operations } from './operations.js';
import type { RunningServer } from './peer-server.js';
import { floorData, floorPath } from './targets.js';

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFloorServer(
  database: { uri: string; user: string; password: string },
  port = 0,
): Promise<RunningServer> {
  // As the driver floor's Executor in bench/compare.ts.
  const executor = new Executor(createDriver(database), { timeoutMs: 60_000 });
  const floors = new Map(
    operations.flatMap((operation) => (operation.floor ? [[floorPath(operation.name), operation]] : [])),
  );
  const server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      response.writeHead(status, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(text),
      });
      response.end(text);
    };
    const operation = floors.get(request.url ?? '');
    if (request.method !== 'POST' || !operation?.floor) {
      answer(404, {
        errors: [{ message: `No floor at ${request.method} ${request.url}: POST to /floor/<operation>.` }],
      });
      return;
    }
    const { floor } = operation;
    bodyOf(request)
      .then(async (text) => {
        const { variables = {} } = JSON.parse(text) as { variables?: Params };
        const rows = await executor.read<Record<string, unknown>>(
          floor.query,
          floor.params?.(variables) ?? variables,
        );
        answer(200, { data: floorData(floor, rows) });
      })
      .catch((error: unknown) => answer(500, { errors: [{ message: errorMessage(error) }] }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await executor.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await serveAsChild(startFloorServer);
}
