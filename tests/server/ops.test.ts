import { describe, expect, it } from 'vitest';
import { LIVE_PATHS } from '../../src/live/protocol';
import { DECKS } from '../../slides/decks';
import { openStream, send, sleep, useRelay } from './support';

const SITE = 'https://deck.example';
const relay = useRelay({ allowOrigins: [SITE], secureCookie: true });
const deck = DECKS[0]!.id;

const sample = (text: string, name: string): number => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in:\n${text}`);
  return Number(line.split(' ')[1]);
};

describe('health and metrics', () => {
  it('answers /healthz', async () => {
    const reply = await send(`${relay.origin}/healthz`);
    expect([reply.status, reply.json]).toEqual([200, { ok: true }]);
  });

  it('counts streams, followers, publishes and failed pairings in Prometheus text, with no secret in it', async () => {
    const token = relay.server.issuePairingToken();
    const before = (await send(`${relay.origin}/metrics`)).body;
    const paired = await send(`${relay.origin}/${LIVE_PATHS.pair}?token=${token}`);
    const cookie = String(paired.headers['set-cookie']).split(';')[0]!;
    await send(`${relay.origin}/${LIVE_PATHS.pair}?token=wrong`);
    const phones = await Promise.all([1, 2].map(() => openStream(relay.url('events', deck))));
    expect((await relay.publish(cookie, deck, { h: 1, v: 0, f: null, seq: 1 })).status).toBe(200);
    expect((await relay.publish('', deck, { h: 1, v: 0, f: null, seq: 2 })).status).toBe(403);
    await sleep(250);
    const reply = await send(`${relay.origin}/metrics`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = reply.body;
    expect(text).toMatch(/^# HELP live_streams /m);
    expect(text).toMatch(/^# TYPE live_streams gauge$/m);
    expect(sample(text, 'live_streams')).toBe(2);
    for (const { id } of DECKS) expect(sample(text, `live_followers{deck="${id}"}`)).toBe(id === deck ? 2 : 0);
    expect(sample(text, 'live_published_total') - sample(before, 'live_published_total')).toBe(1);
    expect(sample(text, 'live_publish_refused_total') - sample(before, 'live_publish_refused_total')).toBe(1);
    expect(sample(text, 'live_pairing_failures_total') - sample(before, 'live_pairing_failures_total')).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(1e6);
    expect(text).not.toContain(token);
    expect(text).not.toContain(cookie.split('=')[1]!);
    phones.forEach((phone) => phone.close());
  });

  it('marks the presenter’s cookie Secure when the server is reached over HTTPS', async () => {
    const paired = await send(`${relay.origin}/${LIVE_PATHS.pair}?token=${relay.server.issuePairingToken()}`);
    expect(String(paired.headers['set-cookie'])).toMatch(/; Secure$/);
  });
});
