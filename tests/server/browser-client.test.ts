import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { LIVE_PATHS } from '../../src/live/protocol';
import { silentLogger } from '../../src/live/server/log';
import { startLiveServer, type LiveServer } from '../../src/live/server/server';

// The browser client (src/live/client.ts) in real Chromium against the real relay: pairing through the printed
// link, the cookie as the browser keeps it, EventSource, fetch and CORS as the browser does them.
const deck = 'coalition';
const site = mkdtempSync(join(tmpdir(), 'live-client-'));
let browser: Browser;
let venue: LiveServer;
let relay: LiveServer;
let hosted: { origin: string; close: () => Promise<void> };

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('../../src/live/client.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  writeFileSync(join(site, 'client.js'), bundle.outputFiles[0]!.text);
  writeFileSync(join(site, 'index.html'), '<!doctype html><html><head><title>live</title></head><body></body></html>');
  // The venue: site and relay on one origin. The hosted set-up: a static host (the test server, whose pages carry
  // the relay's address) and the relay alone on another port.
  venue = await startLiveServer({ siteRoot: site, port: 0, host: '127.0.0.1', log: silentLogger });
  hosted = await serveStatic(site);
  relay = await startLiveServer({
    siteRoot: null,
    port: 0,
    host: '127.0.0.1',
    log: silentLogger,
    allowOrigins: [hosted.origin],
    presenterLanding: `${hosted.origin}/`,
    limits: { followersIntervalMs: 200 },
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([venue?.close(), relay?.close(), hosted?.close()]);
});

/** Opens `url` in a fresh browser context, with the client module loaded as `window.live`. */
async function openPage(url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  // A module script, not import() in evaluate: vitest would rewrite the import() in the test's own source.
  await page.addScriptTag({ type: 'module', content: "import * as live from '/client.js'; window.live = live;" });
  await page.waitForFunction(() => 'live' in window);
  return page;
}

interface PageState {
  positions: { h: number; rev: number }[];
  statuses: string[];
  followers: number[];
  errors: (number | null)[];
}

/** Starts following (attendee) or publishing (presenter) in `page`, against the relay at `relayUrl`. */
const start = (page: Page, role: 'follow' | 'publish', relayUrl: string | null) =>
  page.evaluate(
    ({ role, relayUrl, deck }) => {
      type Client = typeof import('../../src/live/client');
      const { live } = window as unknown as { live: Client };
      const state: PageState = { positions: [], statuses: [], followers: [], errors: [] };
      Object.assign(window, { state });
      const relay = relayUrl ?? live.readRelayUrl()!;
      if (role === 'follow')
        live.followLive({
          relayUrl: relay,
          deckId: deck,
          onPosition: (position) => state.positions.push({ h: position.h, rev: position.rev }),
          onStatus: (status) => state.statuses.push(status),
        });
      else
        Object.assign(window, {
          publisher: live.createPublisher({
            relayUrl: relay,
            deckId: deck,
            onFollowers: (count) => state.followers.push(count),
            onError: (error) => state.errors.push(error.status),
          }),
        });
    },
    { role, relayUrl, deck },
  );

const readState = (page: Page) => page.evaluate(() => (window as unknown as { state: PageState }).state);
const publish = (page: Page, h: number) =>
  page.evaluate(
    (h) => (window as unknown as { publisher: { publish(p: object): void } }).publisher.publish({ h, v: 0, f: null }),
    h,
  );
const presenterCheck = (page: Page, relayUrl: string | null) =>
  page.evaluate(
    ({ relayUrl }) => {
      const { live } = window as unknown as { live: typeof import('../../src/live/client') };
      return live.isPresenter(relayUrl ?? live.readRelayUrl()!);
    },
    { relayUrl },
  );

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 5000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > ms) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the browser client in Chromium', () => {
  it('at the venue: the paired browser publishes, an attendee’s follows on the same origin, and may not publish', async () => {
    const origin = `http://127.0.0.1:${venue.port}`;
    const presenter = await openPage(`${origin}/${LIVE_PATHS.pair}?token=${venue.issuePairingToken()}`);
    expect(new URL(presenter.url()).pathname).toBe('/');
    expect(await presenterCheck(presenter, null)).toBe(true);
    // The credential is HttpOnly: no script on the page sees it.
    expect(await presenter.evaluate(() => document.cookie)).toBe('');

    const attendee = await openPage(`${origin}/`);
    expect(
      await attendee.evaluate(() => document.querySelector('meta[name="live-relay"]')?.getAttribute('content')),
    ).toBe('/');
    expect(await presenterCheck(attendee, null)).toBe(false);
    await start(attendee, 'follow', null);
    await start(presenter, 'publish', null);
    await waitFor(
      () => readState(attendee),
      (state) => state.statuses.includes('live'),
    );
    await publish(presenter, 4);
    const followed = await waitFor(
      () => readState(attendee),
      (state) => state.positions.at(-1)?.h === 4,
    );
    expect(followed.statuses).toEqual(['connecting', 'live']);
    await publish(presenter, 5);
    await waitFor(
      () => readState(attendee),
      (state) => state.positions.at(-1)?.h === 5,
    );
    await waitFor(
      () => readState(presenter),
      (state) => state.followers.at(-1) === 1,
    );

    await start(attendee, 'publish', null);
    await publish(attendee, 1);
    expect(
      (
        await waitFor(
          () => readState(attendee),
          (state) => state.errors.length > 0,
        )
      ).errors,
    ).toEqual([403]);
    await presenter.context().close();
    await attendee.context().close();
  });

  it('hosted: a page of the allowed site publishes and follows across origins; a page of another origin cannot', async () => {
    const relayOrigin = `http://127.0.0.1:${relay.port}`;
    const presenter = await openPage(`${relayOrigin}/${LIVE_PATHS.pair}?token=${relay.issuePairingToken()}`);
    // Pairing lands on the site; the relay's cookie rides on the site's requests (one site: both are 127.0.0.1).
    expect(new URL(presenter.url()).origin).toBe(hosted.origin);
    expect(await presenterCheck(presenter, `${relayOrigin}/`)).toBe(true);
    const attendee = await openPage(`${hosted.origin}/`);
    await start(attendee, 'follow', `${relayOrigin}/`);
    await start(presenter, 'publish', `${relayOrigin}/`);
    await waitFor(
      () => readState(attendee),
      (state) => state.statuses.includes('live'),
    );
    await publish(presenter, 2);
    await waitFor(
      () => readState(attendee),
      (state) => state.positions.at(-1)?.h === 2,
    );

    // localhost is another origin than 127.0.0.1, and not allowed.
    const stranger = await openPage(hosted.origin.replace('127.0.0.1', 'localhost'));
    await start(stranger, 'follow', `${relayOrigin}/`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const refused = await readState(stranger);
    expect(refused.positions).toEqual([]);
    expect(refused.statuses).toEqual(['connecting']);
    for (const page of [presenter, attendee, stranger]) await page.context().close();
  });
});
