// The peer: @neo4j/graphql 7 over the same database, served the way ours is (Apollo Server 5 on
// Express 5), so the HTTP stack costs both sides the same. Run directly (a child of
// `bench:compare`), it reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and PORT (0: any free port)
// and prints `listening <url>` once it answers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { serveAsChild } from './child-server.js';
import { peerTypeDefs } from './peer-type-defs.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startPeerServer(
  database: { uri: string; user: string; password: string },
  port = 0,
): Promise<RunningServer> {
  // The driver as a user of the library would create it: its defaults.
  const driver = neo4j.driver(database.uri, neo4j.auth.basic(database.user, database.password));
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({
    schema,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(apollo));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  const { port: actual } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}`,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await serveAsChild(startPeerServer);
}
