import { describe, expect, it } from 'vitest';
import { LIVE_PATHS } from '../../src/live/protocol';
import { PRESENTER_COOKIE } from '../../src/live/server/pairing';
import { DECKS } from '../../slides/decks';
import { DIST, openStream, send, sleep, useRelay, type Reply } from './support';

const relay = useRelay({ siteRoot: DIST, limits: { maxPairingFailures: 3 } });
const deck = DECKS[0]!.id;
let seq = 1;
const position = () => ({ h: 1, v: 0, f: null, seq: seq++ });

const pairUrl = (token: string) => `${relay.origin}/${LIVE_PATHS.pair}?token=${encodeURIComponent(token)}`;

describe('only the paired presenter publishes', () => {
  it('refuses an attendee’s publish with 403: no cookie, a wrong cookie, a wrong or missing Origin', async () => {
    const cookie = await relay.pair();
    const attempts: Reply[] = [
      await relay.publish('', deck, position()),
      await relay.publish(`${PRESENTER_COOKIE}=${'A'.repeat(43)}`, deck, position()),
      await relay.publish(`${PRESENTER_COOKIE}=short`, deck, position()),
      await relay.publish(cookie, deck, position(), { origin: 'http://evil.example' }),
      await relay.publish(cookie, deck, position(), { origin: 'null' }),
      await relay.publish(cookie, deck, position(), { origin: '' }),
      // A browser always sends Origin on a POST: a request without one is no page's.
      await relay.publish(cookie, deck, position(), { origin: undefined }),
    ];
    expect(attempts.map((reply) => reply.status)).toEqual([403, 403, 403, 403, 403, 403, 403]);
    for (const reply of attempts)
      expect(reply.json).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    // The same request with the cookie and the page's own origin goes through.
    expect((await relay.publish(cookie, deck, position())).status).toBe(200);
  });

  it('tells a page whether its browser is the presenter’s, and logs a flood of refusals as one line', async () => {
    const cookie = await relay.pair();
    const session = `${relay.origin}/${LIVE_PATHS.session}`;
    expect((await send(session)).json).toEqual({ presenter: false });
    expect((await send(session, { headers: { cookie: `${PRESENTER_COOKIE}=${'B'.repeat(43)}` } })).json).toEqual({
      presenter: false,
    });
    expect((await send(session, { headers: { cookie } })).json).toEqual({ presenter: true });
    expect((await send(session, { headers: { cookie, origin: 'https://evil.example' } })).status).toBe(403);
    const before = relay.logs.filter((line) => line.startsWith('not-presenter')).length;
    for (let i = 0; i < 20; i++) expect((await relay.publish('', deck, position())).status).toBe(403);
    const after = relay.logs.filter((line) => line.startsWith('not-presenter')).length;
    expect(after - before).toBeLessThanOrEqual(2);
  });

  it('keeps the presenter’s stream to the presenter', async () => {
    const stream = await openStream(relay.url('presenter', deck));
    expect(stream.status).toBe(403);
    stream.close();
  });

  it('accepts a pairing link once: the second use fails, and a new pairing ends the old session', async () => {
    const token = relay.server.issuePairingToken();
    const first = await send(pairUrl(token));
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^${PRESENTER_COOKIE}=[A-Za-z0-9_-]{43}; `));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // The credential is not the token.
    expect(setCookie).not.toContain(token);
    const second = await send(pairUrl(token));
    expect(second.status).toBe(403);
    expect(second.json).toMatchObject({ error: { code: 'pairing_failed' } });
    expect(second.headers['set-cookie']).toBeUndefined();

    const oldCookie = setCookie.split(';')[0]!;
    expect((await relay.publish(oldCookie, deck, position())).status).toBe(200);
    await relay.pair();
    expect((await relay.publish(oldCookie, deck, position())).status).toBe(403);
  });

  it('never shows the token or the credential to attendees, in any body, header or log line', async () => {
    const beforeLogs = relay.logs.length;
    const token = relay.server.issuePairingToken();
    const paired = await send(pairUrl(token));
    const cookie = String(paired.headers['set-cookie']).split(';')[0]!;
    const credential = cookie.split('=')[1]!;
    const published = await relay.publish(cookie, deck, position());
    // A wrong cookie is logged as a refusal, without its value.
    await relay.publish(`${PRESENTER_COOKIE}=${credential.slice(1)}x`, deck, position());
    const attendeeReplies: Reply[] = [
      await send(`${relay.origin}/`),
      await send(`${relay.origin}/index.html`),
      await send(`${relay.origin}/${deck}-th.html?deck=${deck}`),
      await send(relay.url('position', deck), {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
      await send(relay.url('presenter', deck)),
      await send(`${relay.origin}/live/nothing`),
      await send(`${relay.origin}/healthz`),
    ];
    const stream = await openStream(relay.url('events', deck));
    await stream.next((e) => e.event === 'position');
    await sleep(250);
    stream.close();
    const seen = [
      ...attendeeReplies.flatMap((reply) => [reply.body, JSON.stringify(reply.headers)]),
      JSON.stringify(stream.headers),
      JSON.stringify(stream.events),
      ...relay.logs.slice(beforeLogs),
    ].join('\n');
    expect(published.status).toBe(200);
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (const secret of [token, credential, credential.slice(1)]) expect(seen).not.toContain(secret);
    // Refusals are logged (at most one line a second), without the cookie.
    expect(relay.logs.some((line) => line.startsWith('not-presenter'))).toBe(true);
    for (const reply of attendeeReplies) expect(reply.headers['set-cookie']).toBeUndefined();
    expect(stream.headers['set-cookie']).toBeUndefined();
  });
  it('stops taking pairing attempts from an address after a few failures: 429, even for the right token', async () => {
    // This file's limit is 3 failures a minute; earlier tests spent one.
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await send(pairUrl(`wrong-${attempt}`))).status);
    expect(statuses.slice(0, 2)).toEqual([403, 403]);
    expect(statuses.slice(2)).toEqual([429, 429]);
    const refused = await send(pairUrl(relay.server.issuePairingToken()));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json).toMatchObject({ error: { code: 'rate_limited' } });
  });
});
