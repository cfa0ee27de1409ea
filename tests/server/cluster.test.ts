// Two relay nodes on a real Redis (started here on a free port of 127.0.0.1, without persistence), and the faults a
// talk must survive: a node restarted, Redis killed and restarted (empty, so the nodes must write the last state back).
// Each wait is bounded (a few seconds).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { freePort, startNode, testRedis, type TestNode, type TestRedis } from './redis-support';
import { openStream, send, sleep, type TestStream } from './support';

const deck = DECKS[0]!.id;
let redis: TestRedis;
let a: TestNode;
let b: TestNode;
let cookie: string;
let seq = 0;
const streams: TestStream[] = [];
const nodes: TestNode[] = [];

const follow = async (node: TestNode) => {
  const stream = await openStream(node.url('events', deck));
  streams.push(stream);
  return stream;
};
const hasPosition = (h: number) => (event: { event?: string; data?: string }) =>
  event.event === 'position' && (JSON.parse(event.data!) as { h: number }).h === h;

/** Polls `check` every 100 ms until it holds, for at most `ms`. */
async function until(check: () => Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

beforeAll(async () => {
  redis = testRedis(await freePort());
  await redis.start();
  a = await startNode(redis.url);
  b = await startNode(redis.url);
  nodes.push(a, b);
  cookie = await a.pairWith(a.server.issuePairingToken());
});

afterAll(async () => {
  streams.forEach((stream) => stream.close());
  await Promise.all(nodes.map((node) => node.server.close()));
  await redis.kill();
});

describe('several relay nodes on Redis', () => {
  it('fans the presenter’s position on node A out to attendees on node B', async () => {
    const phone = await follow(b);
    const reply = await a.publish(cookie, deck, { h: 1, v: 0, f: null, seq: ++seq });
    expect(reply.status).toBe(200);
    await phone.next(hasPosition(1));
  });

  it('takes the presenter paired on A publishing on B, and a token printed by A redeemed on B', async () => {
    const phone = await follow(a);
    expect((await b.publish(cookie, deck, { h: 2, v: 0, f: null, seq: ++seq })).status).toBe(200);
    await phone.next(hasPosition(2));
    // A stale seq is refused on every node: the check is one atomic script in Redis.
    expect((await a.publish(cookie, deck, { h: 9, v: 0, f: null, seq })).status).toBe(409);
    // Every node's printed link works, on any node: B's token is not replaced by A's.
    const fromB = b.server.issuePairingToken();
    const token = a.server.issuePairingToken();
    await sleep(50);
    await a.pairWith(fromB);
    cookie = await b.pairWith(token);
    // The token is single-use across the nodes.
    expect((await send(`${a.origin}/live/pair?token=${token}`)).status).toBe(403);
    expect((await a.publish(cookie, deck, { h: 3, v: 0, f: null, seq: ++seq })).status).toBe(200);
    await phone.next(hasPosition(3));
  });

  it('gives a late joiner, on a node started after the change, the current state at once', async () => {
    const late = await startNode(redis.url);
    nodes.push(late);
    const phone = await follow(late);
    const event = await phone.next((e) => e.event === 'position');
    expect(JSON.parse(event.data!)).toMatchObject({ deck, h: 3, v: 0 });
    const metrics = (await send(`${late.origin}/metrics`)).body;
    expect(metrics).toMatch(/^live_redis_up 1$/m);
  });

  it('survives node A restarting: its attendees come back, the presenter’s cookie still works there', async () => {
    const port = a.server.port;
    const onA = await follow(a);
    await a.server.close();
    await onA.ended;
    a = await startNode(redis.url, port);
    nodes.push(a);
    // The reconnecting phone (EventSource's retry) gets the current state from Redis.
    const back = await follow(a);
    expect(JSON.parse((await back.next((e) => e.event === 'position')).data!)).toMatchObject({ h: 3 });
    expect((await a.publish(cookie, deck, { h: 4, v: 0, f: null, seq: ++seq })).status).toBe(200);
    const onB = await follow(b);
    await Promise.all([back.next(hasPosition(4)), onB.next(hasPosition(4))]);
  });

  it('survives Redis killed and restarted: 503 while it is away, the next change reaches every attendee', async () => {
    const onA = await follow(a);
    const onB = await follow(b);
    await onB.next(hasPosition(4));
    await redis.kill();
    await until(async () => (await send(`${a.origin}/healthz`)).status === 503, 3000, 'A reports Redis down');
    const down = await a.publish(cookie, deck, { h: 5, v: 0, f: null, seq: ++seq });
    expect([down.status, down.headers['retry-after']]).toEqual([503, '1']);
    expect(a.logs.some((line) => line.startsWith('redis-down'))).toBe(true);
    // What the nodes have is still served: a new phone on B lands on the last position.
    const meanwhile = await follow(b);
    await meanwhile.next(hasPosition(4));
    await redis.start();
    for (const node of [a, b])
      await until(async () => (await send(`${node.origin}/healthz`)).status === 200, 6000, 'Redis back');
    expect(a.logs.some((line) => line.startsWith('redis-up'))).toBe(true);
    // The browser publisher retries; its next change reaches attendees on both nodes, the old streams included.
    expect((await a.publish(cookie, deck, { h: 5, v: 0, f: null, seq: ++seq })).status).toBe(200);
    await Promise.all([onA.next(hasPosition(5)), onB.next(hasPosition(5)), meanwhile.next(hasPosition(5))]);
    for (const node of nodes) for (const line of node.logs) expect(line).not.toContain(cookie.split('=')[1]!);
  }, 40_000);

  it('writes the last slide and the session back into a Redis restarted empty: a node started after serves both', async () => {
    await redis.kill();
    await redis.start();
    for (const node of [a, b])
      await until(async () => (await send(`${node.origin}/healthz`)).status === 200, 6000, 'Redis back');
    // No presenter change since: the position comes from what the running nodes wrote back.
    const late = await startNode(redis.url);
    nodes.push(late);
    const phone = await follow(late);
    expect(JSON.parse((await phone.next((e) => e.event === 'position', 5000)).data!)).toMatchObject({ deck, h: 5 });
    // The late node takes the paired presenter too (the session was written back), and the change is taken above the
    // restored revision.
    expect((await late.publish(cookie, deck, { h: 6, v: 0, f: null, seq: ++seq })).status).toBe(200);
    await phone.next(hasPosition(6));
  }, 30_000);
});
