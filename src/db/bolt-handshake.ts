import { connect } from 'node:net';

/**
 * Bolt's opening: the magic preamble, then four version proposals (each `00 range minor major`):
 * 5.0 to 5.8, 4.2 to 4.4, 4.1, 3.0. Any four bytes back prove the server alive, a version it
 * speaks or zero for none: the handshake is answered by the server's network threads, which keep
 * answering while every query thread is busy, and not at all by a stopped process.
 */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x02, 0x04, 0x04, 0x00, 0x00, 0x01, 0x04, 0x00, 0x00,
  0x00, 0x03,
]);

/** Where a handshake can be sent: the host and port of a `bolt://` or `neo4j://` URI. */
export interface BoltAddress {
  host: string;
  port: number;
}

/**
 * The address of `uri` when a plain handshake can reach it, else undefined: encrypted schemes
 * (`+s`, `+ssc`) speak TLS first.
 */
export function boltAddress(uri: string): BoltAddress | undefined {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'bolt:' && parsed.protocol !== 'neo4j:') return undefined;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host: host || 'localhost', port: parsed.port ? Number(parsed.port) : 7687 };
}

/**
 * Opens a fresh TCP connection to `address`, sends the Bolt handshake and resolves once the server
 * answers its four bytes, then closes the connection. Rejects with a message naming the address:
 * "refused" or "closed" (nothing listens, or the server hung up: decisive), or "timed out" after
 * `timeoutMs` of silence (a stopped process accepts connections and says nothing; the caller weighs
 * silence).
 */
export function boltHandshake({ host, port }: BoltAddress, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port });
    let received = 0;
    const settle = (error?: Error) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(
      () => settle(new Error(`Bolt handshake with ${host}:${port} timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.setNoDelay(true);
    socket.on('connect', () => socket.write(HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 4) settle();
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      settle(
        new Error(
          `Bolt handshake with ${host}:${port} ${error.code === 'ECONNREFUSED' ? 'refused' : 'failed'}: ${error.code ?? error.message}`,
        ),
      ),
    );
    socket.on('end', () =>
      settle(new Error(`Bolt handshake with ${host}:${port}: connection closed before an answer`)),
    );
  });
}
