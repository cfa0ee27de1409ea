import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../scripts/lib/relay-process.mjs';
import { findDeck } from '../../slides/decks';
import { LIVE_PATHS } from '../../src/live/protocol';
import { silentLogger } from '../../src/live/server/log';
import { startLiveServer, type LiveServer } from '../../src/live/server/server';
import { deckPageFile } from '../../src/page/deck-page';
import { freePort, startNode, testRedis, type TestNode, type TestRedis } from '../server/redis-support';
import { send } from '../server/support';
import {
  DESKTOP,
  DIST,
  newPage,
  openDeck,
  openSpeakerView,
  phone,
  PHONES,
  slideInView,
  uiText,
  useBrowser,
  useSite,
  watchPage,
} from './support';

const browsing = useBrowser();
const coalition = findDeck('coalition')!;
let server: LiveServer;
let base: string;

beforeAll(async () => {
  server = await startLiveServer({
    siteRoot: DIST,
    port: 0,
    host: '127.0.0.1',
    log: silentLogger,
    limits: { followersIntervalMs: 200 },
  });
  base = `http://127.0.0.1:${server.port}/`;
});
afterAll(() => server?.close());

const deckLink = (lang: 'th' | 'en') => `${deckPageFile('coalition', lang)}?deck=coalition&lang=${lang}`;
const heading = (page: Page) => page.textContent('section.present :is(h1, h2)');
const liveControl = (page: Page) => page.locator('.live-control');
// Positions travel within a second (npm run bench:live measures it); the generous wait only keeps a busy machine from failing.
const SOON = { timeout: 5_000 };

/** The presenter's browser: paired through the single-use link `npm run live` prints, then on the deck. */
async function openPresenter(): Promise<Page> {
  const page = await newPage(browsing);
  await page.goto(`${base}${LIVE_PATHS.pair}?token=${server.issuePairingToken()}`);
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  await openDeck(page, { url: base }, deckLink('th'));
  return page;
}

describe('following the talk live', () => {
  it('attendees follow the presenter in their own language, pause by hand, rejoin, and keep the deck when the relay stops', async () => {
    const presenter = await openPresenter();
    const thai = await newPage(browsing);
    const english = await newPage(browsing);
    const watches = [watchPage(thai, base.slice(0, -1)), watchPage(english, base.slice(0, -1))];
    await openDeck(thai, { url: base }, deckLink('th'));
    await openDeck(english, { url: base }, deckLink('en'));
    await expect.poll(() => liveControl(english).textContent(), SOON).toBe(uiText('en', 'live'));
    await expect.poll(() => liveControl(thai).textContent(), SOON).toBe(uiText('th', 'live'));

    let at = 0;
    for (const target of [3, 5, 2]) {
      const key = target > at ? 'ArrowRight' : 'ArrowLeft';
      for (; at !== target; at += target > at ? 1 : -1) await presenter.keyboard.press(key);
      await expect.poll(() => heading(english), SOON).toContain(coalition.slides[target]!.text.en.title);
      await expect.poll(() => heading(thai), SOON).toContain(coalition.slides[target]!.text.th.title);
    }
    // The presenter's screen and speaker view count the phones that follow.
    await expect
      .poll(() => liveControl(presenter).textContent(), SOON)
      .toBe(uiText('th', 'liveFollowers', { count: 2 }));
    const { speaker } = await openSpeakerView(presenter);
    await expect
      .poll(() => speaker.locator('.speaker-followers').textContent(), SOON)
      .toBe(uiText('th', 'liveFollowers', { count: 2 }));
    await presenter.bringToFront();

    // An attendee who browses alone is told where the talk is, and one press takes them back.
    await english.keyboard.press('ArrowRight');
    await expect.poll(() => liveControl(english).textContent()).toBe(uiText('en', 'backToLive', { slide: 3 }));
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => liveControl(english).textContent(), SOON).toBe(uiText('en', 'backToLive', { slide: 4 }));
    expect(await heading(english)).toContain(coalition.slides[3]!.text.en.title);
    // On a laptop the toolbar fades while the pointer rests: the hand moves to the control, then clicks.
    const control = (await liveControl(english).boundingBox())!;
    await english.mouse.move(control.x + control.width / 2, control.y + control.height / 2, { steps: 2 });
    await liveControl(english).click();
    await expect.poll(() => heading(english), SOON).toContain(coalition.slides[3]!.text.en.title);
    await expect.poll(() => liveControl(english).textContent()).toBe(uiText('en', 'live'));

    // The relay stops: attendees keep a working deck.
    await server.close();
    await thai.keyboard.press('ArrowRight');
    await expect.poll(() => heading(thai)).toContain(coalition.slides[4]!.text.th.title);
    await thai.keyboard.press('l');
    await expect.poll(() => heading(thai)).toContain(coalition.slides[4]!.text.en.title);
    for (const watch of watches)
      expect(watch.errors.filter((error) => !/live\/|EventSource|ERR_/i.test(error))).toEqual([]);
  });
});

describe('a static host without a relay', () => {
  const site = useSite();
  it('makes no live request and shows no live control', async () => {
    const page = await newPage(site);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openDeck(page, site, deckLink('en'));
    await page.waitForTimeout(500);
    expect(requests.filter((url) => url.includes('/live/'))).toEqual([]);
    expect(await liveControl(page).isVisible()).toBe(false);
  });
});

describe('faults at the venue: a relay process on Redis', () => {
  // The relay as `npm run live` runs it (site and relay, one process) on Redis, and a second node on the same Redis
  // that takes the presenter's changes while the first is down.
  let redis: TestRedis;
  let relay: RelayProcess;
  let other: TestNode;
  let cookie: string;
  let seq = 0;
  const env = () => ({ ...process.env, REDIS_URL: redis.url });
  /** The presenter moves to slide `h` (from 0), through the node that is up. */
  const present = async (h: number) =>
    expect((await other.publish(cookie, 'coalition', { h, v: 0, f: null, seq: ++seq })).status).toBe(200);
  const slideId = (h: number) => coalition.slides[h]!.id;

  beforeAll(async () => {
    redis = testRedis(await freePort());
    await redis.start();
    relay = await startRelayProcess({ args: ['--no-build'], env: env() });
    other = await startNode(redis.url);
    const paired = await send(relay.presenterUrl);
    expect(paired.status).toBe(303);
    cookie = String(paired.headers['set-cookie']?.[0]).split(';')[0]!;
  });
  afterAll(async () => {
    await relay?.stop();
    await other?.server.close();
    await redis?.kill();
  });

  /** Attendees on the relay process: a laptop and the harness's phones, each in its own browser context. */
  const openAttendees = () =>
    Promise.all(
      [{ viewport: DESKTOP }, ...PHONES.map(phone)].map(async (options) => {
        const page = await newPage(browsing, options);
        await openDeck(page, { url: `${relay.origin}/` }, deckLink('en'));
        return page;
      }),
    );

  it('brings attendees back on the current slide within 5 s of the relay, killed (SIGKILL), being restarted', async () => {
    const attendees = await openAttendees();
    await present(2);
    for (const page of attendees) await expect.poll(() => slideInView(page), SOON).toBe(slideId(2));

    const port = relay.port;
    const killed = Date.now();
    await relay.stop('SIGKILL');
    // While it is down the talk goes on through the other node, and the attendees are told they are reconnecting.
    await present(4);
    for (const page of attendees)
      await expect.poll(() => liveControl(page).textContent(), SOON).toBe(uiText('en', 'liveReconnecting'));
    relay = await startRelayProcess({ args: ['--no-build'], port, env: env() });
    // Timed from the relay listening again: how long it takes to start is the machine's, not the attendees'.
    const restarted = Date.now();
    for (const page of attendees)
      await expect
        .poll(() => slideInView(page), { timeout: Math.max(0, 5000 - (Date.now() - restarted)) })
        .toBe(slideId(4));
    console.log(
      `attendees back on the current slide ${Date.now() - restarted} ms after the relay was up again ` +
        `(${restarted - killed} ms after it was killed)`,
    );
    for (const page of attendees) expect(await liveControl(page).textContent()).toBe(uiText('en', 'live'));
  });

  it('resyncs a phone that went offline and came back online, without a change from the presenter', async () => {
    const page = await newPage(browsing, phone(PHONES[0]!));
    await openDeck(page, { url: `${relay.origin}/` }, deckLink('en'));
    await present(1);
    await expect.poll(() => slideInView(page), SOON).toBe(slideId(1));
    await page.context().setOffline(true);
    await expect.poll(() => liveControl(page).textContent(), SOON).toBe(uiText('en', 'liveReconnecting'));
    await present(3);
    // A while offline: the presenter's change cannot reach the phone.
    await page.waitForTimeout(3000);
    expect(await slideInView(page)).toBe(slideId(1));
    const online = Date.now();
    await page.context().setOffline(false);
    await expect.poll(() => slideInView(page), { timeout: 1500 }).toBe(slideId(3));
    console.log(`phone back on the current slide ${Date.now() - online} ms after it came back online`);
  });
});
