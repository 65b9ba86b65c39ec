/**
 * A local stand-in for a provider API: a node:http server on 127.0.0.1 and a random port that
 * answers scripted replies in order and records what it received. Tests call `closeServers`
 * after each test so no server or pending reply outlives it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import { createFetchTransport, type FetchTransportOptions, type Transport } from '../src/index.js';

export interface Received {
  method: string;
  /** Path and query, e.g. `/v1/models/usage?start=...`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** An object or array is sent as JSON; a string is sent as it is. */
  body?: unknown;
  /** Wait this long before answering (timeouts). */
  delayMs?: number;
  /** Send the headers and half the body, then cut the connection. */
  cut?: boolean;
  /** Send the body without Content-Length and never end it: chunk after chunk until the client goes away. */
  endless?: boolean;
}

export type Script = Reply[] | ((request: Received, index: number) => Reply);

export interface TestServer {
  url: string;
  requests: Received[];
}

const open: Array<{ server: Server; sockets: Set<Socket>; timers: Set<NodeJS.Timeout> }> = [];

export async function serve(script: Script): Promise<TestServer> {
  const requests: Received[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const index = requests.push(received) - 1;
      const reply = typeof script === 'function' ? script(received, index) : (script[index] ?? unscripted(index));
      const send = () => {
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
        const headers = { 'content-type': 'application/json', ...reply.headers };
        if (reply.endless) {
          res.writeHead(reply.status ?? 200, headers);
          const chunk = Buffer.alloc(64 * 1024, ' ');
          const pump = () => {
            while (!res.destroyed && res.write(chunk));
            if (!res.destroyed) res.once('drain', pump);
          };
          res.write(text);
          pump();
          return;
        }
        if (reply.cut) {
          res.writeHead(reply.status ?? 200, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
          res.write(text.slice(0, Math.floor(text.length / 2)));
          res.socket?.destroy();
          return;
        }
        res.writeHead(reply.status ?? 200, headers).end(text);
      };
      if (!reply.delayMs) return send();
      const timer = setTimeout(() => (timers.delete(timer), send()), reply.delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  open.push({ server, sockets, timers });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests };
}

function unscripted(index: number): Reply {
  return { status: 599, body: { error: `test server: no reply scripted for request ${index + 1}` } };
}

/** Close every server this test started, with its connections and pending replies. */
export async function closeServers(): Promise<void> {
  for (const { server, sockets, timers } of open.splice(0)) {
    for (const timer of timers) clearTimeout(timer);
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A fetch transport whose backoff waits are recorded instead of slept, so retries are instant and visible. */
export function recordingTransport(options: Partial<FetchTransportOptions> = {}): { transport: Transport; sleeps: number[] } {
  const sleeps: number[] = [];
  const transport = createFetchTransport({
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    timeoutMs: 2_000,
    ...options,
  });
  return { transport, sleeps };
}

/** Await a rejection and return the error, failing if the promise resolves. */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (e) {
    return e as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The secret appears, in no letter case, nowhere a front door might print or log the error. */
export function expectNoSecret(error: unknown, secret: string): void {
  const e = error as Error;
  for (const text of [String(e), e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })]) {
    expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  }
}
