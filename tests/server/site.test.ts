import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RELAY_META_NAME } from '../../src/live/relay-address';
import { DECKS } from '../../slides/decks';
import { DIST, openStream, send, useRelay } from './support';

const PAGES = readdirSync(DIST).filter((name) => name.endsWith('.html'));
const deck = DECKS[0]!.id;

describe('npm run live serves the built site with the relay on its origin', () => {
  const relay = useRelay({ siteRoot: DIST });

  it('adds what the build has not: a build without VITE_LIVE_URL names no relay, so a static host gets no live request', () => {
    for (const page of PAGES) expect(readFileSync(`${DIST}/${page}`, 'utf8')).not.toContain(RELAY_META_NAME);
  });

  it('writes the live-relay meta into every HTML page, the CSP’s connect-src staying self', async () => {
    expect(PAGES.length).toBeGreaterThan(1);
    for (const page of PAGES) {
      const reply = await send(`${relay.origin}/${page}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      const metas = reply.body.match(new RegExp(`<meta name="${RELAY_META_NAME}" content="[^"]*"`, 'g'));
      expect(metas).toEqual([`<meta name="${RELAY_META_NAME}" content="/"`]);
      expect(reply.body).toMatch(/connect-src 'self';/);
      // Otherwise the page is the built one.
      expect(reply.body.replace(/\s*<meta name="live-relay"[^>]*>/, '')).toBe(readFileSync(`${DIST}/${page}`, 'utf8'));
    }
    const root = await send(`${relay.origin}/?deck=${deck}&lang=th`);
    expect(root.body).toContain(`name="${RELAY_META_NAME}"`);
  });

  it('serves the other files as built, gzipped for browsers that accept it, with the security headers', async () => {
    const script = readdirSync(`${DIST}/assets`).find((name) => name.endsWith('.js'))!;
    const plain = await send(`${relay.origin}/assets/${script}`);
    expect(plain.status).toBe(200);
    expect(plain.body).toBe(readFileSync(`${DIST}/assets/${script}`, 'utf8'));
    expect(plain.headers['cache-control']).toMatch(/immutable/);
    const zipped = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(`${relay.origin}/assets/${script}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
          expect(response.headers['content-encoding']).toBe('gzip');
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(gunzipSync(zipped).toString('utf8')).toBe(plain.body);
    for (const reply of [plain, await send(`${relay.origin}/`), await send(`${relay.origin}/missing.png`)]) {
      expect(reply.headers['content-security-policy']).toBe("frame-ancestors 'self'");
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    }
    const head = await send(`${relay.origin}/index.html`, { method: 'HEAD' });
    expect([head.status, head.body]).toEqual([200, '']);
    const revalidated = await send(`${relay.origin}/index.html`, { headers: { 'if-none-match': head.headers.etag! } });
    expect(revalidated.status).toBe(304);
  });

  it('serves nothing outside dist/', async () => {
    for (const path of [
      '/../package.json',
      '/..%2fpackage.json',
      '/assets/..%2f..%2fpackage.json',
      '/.env',
      '/%2e%2e/package.json',
    ])
      expect((await send(`${relay.origin}${path}`)).status).toBe(404);
  });
});

describe('npm run live -- --relay-only serves the relay alone, to the configured site only', () => {
  const SITE = 'https://site.example';
  const relay = useRelay({ allowOrigins: [SITE], presenterLanding: `${SITE}/talks/?deck=${deck}` });

  it('serves no site', async () => {
    expect((await send(`${relay.origin}/`)).status).toBe(404);
    expect((await send(`${relay.origin}/index.html`)).status).toBe(404);
  });

  it('lets the configured origin follow and publish across origins (CORS with credentials), and no other', async () => {
    const allowed = await openStream(relay.url('events', deck), { origin: SITE });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    allowed.close();
    const other = await openStream(relay.url('events', deck), { origin: 'https://evil.example' });
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    other.close();

    const preflight = await send(relay.url('position', deck), {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/content-type/);
    const refusedPreflight = await send(relay.url('position', deck), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(refusedPreflight.status).toBe(403);
    expect(refusedPreflight.headers['access-control-allow-origin']).toBeUndefined();

    // The pairing link sends the presenter to the site; the cookie then rides on the site's cross-origin requests.
    const paired = await send(`${relay.origin}/live/pair?token=${relay.server.issuePairingToken()}`);
    expect(paired.headers.location).toBe(`${SITE}/talks/?deck=${deck}`);
    const cookie = String(paired.headers['set-cookie']).split(';')[0]!;
    const published = await relay.publish(cookie, deck, { h: 2, v: 0, f: null, seq: 1 }, { origin: SITE });
    expect(published.status).toBe(200);
    expect(published.headers['access-control-allow-origin']).toBe(SITE);
    // Its own origin serves no page here, so even it may not publish.
    const sameOrigin = await relay.publish(cookie, deck, { h: 2, v: 0, f: null, seq: 2 }, { origin: relay.origin });
    expect(sameOrigin.status).toBe(403);
  });
});
