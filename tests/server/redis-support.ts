import type { ChildProcess } from 'node:child_process';
import { freePort, startRedisServer } from '../../scripts/lib/relay-process.mjs';
import { connectRedis } from '../../src/live/server/redis';
import { startLiveServer, type LiveServer } from '../../src/live/server/server';
import { LIVE_PATHS } from '../../src/live/protocol';
import { send, type Reply } from './support';

export { freePort };

/** A redis-server of the test's own on 127.0.0.1, no persistence: a restart starts it empty. */
export interface TestRedis {
  readonly url: string;
  readonly port: number;
  start(): Promise<void>;
  /** SIGKILL: Redis gone at once, as in a crash. */
  kill(): Promise<void>;
}

export function testRedis(port: number): TestRedis {
  let child: ChildProcess | null = null;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      child = (await startRedisServer(port)).child;
    },
    kill: async () => {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once('exit', () => resolve());
        running.kill('SIGKILL');
      });
    },
  };
}

/** A relay node on a Redis, on 127.0.0.1 (`port` 0 for a free one), its log lines collected. */
export interface TestNode {
  server: LiveServer;
  origin: string;
  logs: string[];
  url(route: 'events' | 'position' | 'presenter', deckId: string): string;
  pairWith(token: string): Promise<string>;
  publish(cookie: string, deckId: string, body: unknown): Promise<Reply>;
}

/** The site whose pages publish. */
export const SITE = 'https://deck.example';

export async function startNode(redisUrl: string, port = 0): Promise<TestNode> {
  const logs: string[] = [];
  const log = (event: string, fields: Record<string, unknown> = {}) =>
    logs.push([event, ...Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`)].join(' '));
  const redis = await connectRedis(redisUrl, log);
  const server = await startLiveServer({
    siteRoot: null,
    port,
    host: '127.0.0.1',
    allowOrigins: [SITE],
    log,
    redis,
    limits: { heartbeatMs: 200, followersIntervalMs: 100 },
  });
  const origin = `http://127.0.0.1:${server.port}`;
  const url = (route: 'events' | 'position' | 'presenter', deckId: string) => `${origin}/${LIVE_PATHS[route](deckId)}`;
  return {
    server,
    origin,
    logs,
    url,
    pairWith: async (token) => {
      const reply = await send(`${origin}/${LIVE_PATHS.pair}?token=${token}`);
      if (reply.status !== 303) throw new Error(`pairing answered ${reply.status}: ${reply.body}`);
      return String(reply.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
    },
    publish: (cookie, deckId, body) =>
      send(url('position', deckId), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: SITE, cookie },
        body: JSON.stringify(body),
      }),
  };
}
