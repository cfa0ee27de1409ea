import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { LIVE_PATHS } from '../../src/live/protocol';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../src/live/server/server';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** One HTTP exchange, as the test saw it. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as JSON, or undefined. */
  json: unknown;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends one request to 127.0.0.1 and reads the whole reply (not for streams). */
export function send(url: string, { method = 'GET', headers = {}, body }: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method, headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text, json });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** One parsed Server-Sent Event (or comment line). */
export interface StreamEvent {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** An event stream opened by the test. */
export interface TestStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every event received so far, in order. */
  events: StreamEvent[];
  /** Positions received so far (data of `position` events). */
  positions(): { rev: number; h: number; v: number; f: number | null; deck: string }[];
  /** Resolves with the first event (from the start) that `match` accepts; rejects after `ms`. */
  next(match: (event: StreamEvent) => boolean, ms?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens an event stream and parses what arrives. Resolves once the status line is in. */
export function openStream(url: string, headers: Record<string, string> = {}): Promise<TestStream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { headers, agent: false }, (incoming) => {
      const events: StreamEvent[] = [];
      const waiters = new Set<() => void>();
      let buffer = '';
      let endStream: () => void = () => {};
      const ended = new Promise<void>((done) => (endStream = done));
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: StreamEvent = {};
          for (const line of block.split('\n')) {
            const colon = line.indexOf(':');
            const field = line.slice(0, colon);
            const value = line.slice(colon + 1).replace(/^ /, '');
            if (colon === 0) event.comment = value;
            else if (field === 'id' || field === 'event' || field === 'data' || field === 'retry') event[field] = value;
          }
          events.push(event);
        }
        for (const wake of waiters) wake();
      });
      incoming.on('end', endStream);
      incoming.on('close', endStream);
      incoming.on('error', () => endStream());
      resolve({
        status: incoming.statusCode ?? 0,
        headers: incoming.headers,
        events,
        ended,
        positions: () => events.filter((e) => e.event === 'position').map((e) => JSON.parse(e.data!)),
        next: (match, ms = 3000) =>
          new Promise((found, fail) => {
            const check = () => {
              const event = events.find(match);
              if (!event) return false;
              waiters.delete(check);
              clearTimeout(timer);
              found(event);
              return true;
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              fail(new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`));
            }, ms);
            if (!check()) waiters.add(check);
          }),
        close: () => outgoing.destroy(),
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** A live server started for one test file, on a free port of 127.0.0.1. */
export interface TestRelay {
  server: LiveServer;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every log line written. */
  logs: string[];
  /** Pairs as the presenter; resolves with the `Cookie` header value to send. */
  pair(): Promise<string>;
  /** URL of a route for a deck. */
  url(route: 'events' | 'position' | 'presenter', deckId: string): string;
  /** Publishes as the presenter (cookie and Origin given). */
  publish(cookie: string, deckId: string, body: unknown, headers?: Record<string, string | undefined>): Promise<Reply>;
}

/** Starts the real server before the file's tests (port 0, 127.0.0.1) and stops it after them. */
export function useRelay(options: Partial<LiveServerOptions> = {}): TestRelay {
  const relay = { logs: [] as string[] } as TestRelay;
  beforeAll(async () => {
    relay.server = await startLiveServer({
      siteRoot: null,
      port: 0,
      host: '127.0.0.1',
      log: (event, fields = {}) =>
        relay.logs.push([event, ...Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`)].join(' ')),
      ...options,
      limits: { heartbeatMs: 200, followersIntervalMs: 100, ...options.limits },
    });
    relay.origin = `http://127.0.0.1:${relay.server.port}`;
  });
  afterAll(() => relay.server?.close());
  relay.url = (route, deckId) => `${relay.origin}/${LIVE_PATHS[route](deckId)}`;
  relay.pair = async () => {
    const token = relay.server.issuePairingToken();
    const reply = await send(`${relay.origin}/${LIVE_PATHS.pair}?token=${token}`);
    if (reply.status !== 303) throw new Error(`pairing answered ${reply.status}: ${reply.body}`);
    const cookie = String(reply.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    return cookie;
  };
  relay.publish = (cookie, deckId, body, headers = {}) => {
    const all: Record<string, string | undefined> = {
      'content-type': 'application/json',
      origin: options.allowOrigins?.[0] ?? relay.origin,
      cookie,
      ...headers,
    };
    // A header given as undefined is not sent at all.
    const sent = Object.fromEntries(
      Object.entries(all).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    return send(relay.url('position', deckId), {
      method: 'POST',
      headers: sent,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  };
  return relay;
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
