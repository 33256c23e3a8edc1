import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { boltAddress, boltHandshake } from '../../../src/db/bolt-handshake.js';

/**
 * The liveness probe against fake Bolt servers on this machine: one that answers the handshake as
 * a live Neo4j does (four bytes: the version it chose), one that accepts connections and says
 * nothing (what a client sees of a `kill -STOP`ped process), one that hangs up, and a port nothing
 * listens on (a killed process).
 */

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server that hands each connection's bytes to `onBytes`; resolves its port once listening. */
async function fakeServer(onBytes: (socket: Socket, received: Buffer) => void): Promise<number> {
  const server = createServer((socket) => {
    sockets.push(socket);
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      onBytes(socket, received);
    });
    socket.on('error', () => {});
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** A port that was just free: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('boltHandshake', () => {
  it('sends the Bolt preamble and four version proposals, and resolves when the server answers four bytes', async () => {
    const seen: Buffer[] = [];
    const port = await fakeServer((socket, received) => {
      if (received.length < 20) return;
      seen.push(received);
      // Bolt 5.4, as Neo4j 5 answers.
      socket.write(Buffer.from([0, 0, 4, 5]));
    });
    await expect(boltHandshake({ host: '127.0.0.1', port }, 1_000)).resolves.toBeUndefined();
    expect(seen).toHaveLength(1);
    const sent = seen[0] as Buffer;
    expect(sent.length).toBe(20);
    expect(sent.subarray(0, 4).toString('hex')).toBe('6060b017');
    // Each proposal is 00 range minor major; the first is Bolt 5.
    expect(sent[7]).toBe(5);
  });

  it('counts an answer of no common version (four zero bytes) as alive', async () => {
    const port = await fakeServer((socket, received) => {
      if (received.length >= 20) socket.write(Buffer.alloc(4));
    });
    await expect(boltHandshake({ host: '127.0.0.1', port }, 1_000)).resolves.toBeUndefined();
  });

  it('waits for all four bytes when they come in pieces', async () => {
    let answered = false;
    const port = await fakeServer((socket, received) => {
      if (received.length < 20 || answered) return;
      answered = true;
      socket.write(Buffer.from([0, 0]));
      setTimeout(() => socket.write(Buffer.from([4, 5])), 100);
    });
    const started = Date.now();
    await boltHandshake({ host: '127.0.0.1', port }, 1_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('rejects as timed out when the server accepts the connection and says nothing (kill -STOP)', async () => {
    const port = await fakeServer(() => {});
    const started = Date.now();
    await expect(boltHandshake({ host: '127.0.0.1', port }, 300)).rejects.toThrow(
      `Bolt handshake with 127.0.0.1:${port} timed out after 300 ms`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('rejects as refused at once when nothing listens (kill -9)', async () => {
    const port = await closedPort();
    await expect(boltHandshake({ host: '127.0.0.1', port }, 5_000)).rejects.toThrow(
      `Bolt handshake with 127.0.0.1:${port} refused: ECONNREFUSED`,
    );
  });

  it('rejects when the server hangs up before answering', async () => {
    const port = await fakeServer((socket) => socket.end());
    await expect(boltHandshake({ host: '127.0.0.1', port }, 5_000)).rejects.toThrow(
      `Bolt handshake with 127.0.0.1:${port}: connection closed before an answer`,
    );
  });
});

describe('boltAddress', () => {
  it('reads the host and port of plain bolt:// and neo4j:// URIs, 7687 when none is given', () => {
    expect(boltAddress('bolt://127.0.0.1:7688')).toEqual({ host: '127.0.0.1', port: 7688 });
    expect(boltAddress('neo4j://db.example.org')).toEqual({ host: 'db.example.org', port: 7687 });
    expect(boltAddress('bolt://[::1]:7690')).toEqual({ host: '::1', port: 7690 });
  });

  it('has no address for encrypted schemes (TLS comes before the handshake) or what is not a URI', () => {
    expect(boltAddress('bolt+s://db.example.org:7687')).toBeUndefined();
    expect(boltAddress('neo4j+ssc://db.example.org')).toBeUndefined();
    expect(boltAddress('not a uri')).toBeUndefined();
  });
});
