import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { LIVE_PATHS } from '../../src/live/protocol';
import { silentLogger } from '../../src/live/server/log';
import { startLiveServer, type LiveServer } from '../../src/live/server/server';
import { deckPageFile } from '../../src/page/deck-page';
import { DIST, newPage, openDeck, openSpeakerView, uiText, useBrowser, useSite, watchPage } from './support';

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
