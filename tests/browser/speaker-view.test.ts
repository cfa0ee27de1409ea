import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import type { Lang } from '../../slides/types';
import { KEY_TABLE } from '../../src/deck/keys';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { CHANNEL_STORAGE_KEY, viewChannelName } from '../../src/state/speaker-sync';
import { languageButtonName, newPage, openDeck, openSpeakerView, useSite, watchPage } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

describe('speaker view', () => {
  it('shows the current notes, the next slide and the clock, and follows a language toggle', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    const { speaker, notes, current, upcoming } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    expect(await speaker.locator('.speaker-controls-time .clock-value').textContent()).toMatch(/\d:\d\d/);
    await expect
      .poll(() => upcoming.locator('section.present').getAttribute('data-slide-id'), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.id);

    await page.bringToFront();
    await page.keyboard.press('l');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    await expect
      .poll(() => current.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[2]!.text.th.title);
    await expect
      .poll(() => upcoming.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.text.th.title);
  });

  it('opens in the deck’s current language', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    const { notes, current } = await openSpeakerView(page);
    await expect.poll(() => current.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('th');
    await expect
      .poll(() => notes.textContent(), { timeout: 15_000 })
      .toContain(findDeck('coalition')!.slides[1]!.notes.th[0]);
  });
});

/** The speaker view's labels as the speaker reads them. */
const speakerLabels = (speaker: Page) =>
  speaker.evaluate(() => {
    const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null;
    return {
      lang: document.documentElement.lang,
      title: document.title,
      time: document.querySelector('.speaker-controls-time > .label')?.firstChild?.textContent?.trim() ?? null,
      reset: text('.reset-button'),
      pacing: text('.pacing-title'),
      notes: text('.speaker-controls-notes > .label'),
      upcoming: text('#upcoming-slide > .label'),
      layout: text('.speaker-layout-label'),
      layouts: [...document.querySelectorAll('.speaker-layout-dropdown option')].map((option) => option.textContent),
    };
  });

const labelsIn = (lang: Lang) => {
  const ui = UI_TEXT[lang];
  return {
    lang,
    title: ui.speakerViewTitle,
    time: ui.speakerTime,
    reset: ui.speakerResetTimer,
    pacing: ui.speakerPacing,
    notes: ui.speakerNotes,
    upcoming: ui.speakerUpcoming,
    layout: ui.speakerLayout.replace('{{layout}}', ui.speakerLayout_default),
    layouts: [ui.speakerLayout_default, ui.speakerLayout_wide, ui.speakerLayout_tall, ui.speakerLayout_notesOnly],
  };
};

const presentSlide = (deck: Page | FrameLocator) => deck.locator('section.present').getAttribute('data-slide-id');
const isPaused = (page: Page) => page.evaluate(() => document.querySelector('.reveal.paused') !== null);

describe('speaker view at the venue', () => {
  it('shows pacing, and its own labels in the notes’ language, following L and T', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th#/2');
    const { speaker, notes } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    expect(await speakerLabels(speaker)).toEqual(labelsIn('th'));
    // reveal.js shows pacing once the deck gives a length; each slide's data-timing shares it out.
    await expect.poll(() => speaker.locator('.pacing').isVisible()).toBe(true);
    expect(await speaker.locator('.pacing-title').isVisible()).toBe(true);
    expect((await speaker.locator('.pacing').textContent())?.trim()).toMatch(/^-?\d\d:\d\d:\d\d$/);

    await page.bringToFront();
    await page.keyboard.press('l');
    await expect.poll(() => speakerLabels(speaker)).toEqual(labelsIn('en'));
    await page.keyboard.press('t');
    await expect.poll(() => speakerLabels(speaker)).toEqual(labelsIn('th'));

    // Choosing a layout keeps its name in the speaker's language.
    await speaker.selectOption('.speaker-layout-dropdown', 'wide');
    await expect
      .poll(() => speaker.textContent('.speaker-layout-label'))
      .toBe(UI_TEXT.th.speakerLayout.replace('{{layout}}', UI_TEXT.th.speakerLayout_wide));
  });

  it('lists the shortcuts with ? in the speaker view itself, leaving the projector as it was', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th&speakerLang=en#/2');
    const { speaker, notes, current } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    await speaker.bringToFront();
    await speaker.keyboard.press('Shift+Slash');
    // reveal.js's speaker view passes on key codes only, and 191 once paused the projector, a while later.
    await page.waitForTimeout(2000);
    expect(await isPaused(page)).toBe(false);
    // In the notes' language: the speaker's.
    const help = speaker.getByRole('dialog', { name: UI_TEXT.en.helpTitle });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.locator('tr').count()).toBe(KEY_TABLE.length);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await current.locator('dialog[open]').count()).toBe(0);
    // Keys act on the list, not on the slides behind it; ? closes it again.
    await speaker.keyboard.press('ArrowRight');
    await speaker.keyboard.press('Shift+Slash');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await page.$eval('section.present', (s) => s.getAttribute('data-slide-id'))).toBe(dsi.slides[2]!.id);
    // A `/` without its Shift (reveal.js's speaker view forwards key codes only) pauses nothing either.
    await speaker.keyboard.press('Slash');
    await expect.poll(() => help.isVisible()).toBe(true);
    await speaker.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await isPaused(page)).toBe(false);
  });

  it('sends Q to the projector and keeps its other keys working', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    const { speaker, notes, current } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    await speaker.bringToFront();
    await speaker.keyboard.press('q');
    const share = page.locator('dialog.share');
    await expect.poll(() => share.isVisible()).toBe(true);
    expect(await current.locator('dialog[open]').count()).toBe(0);
    await speaker.keyboard.press('Escape');
    await expect.poll(() => share.isVisible()).toBe(false);
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => presentSlide(page)).toBe(dsi.slides[3]!.id);
  });

  it('shows the projector’s layout in its previews at the popup’s own size, 1100×700', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=en#/1');
    const { speaker, current, upcoming } = await openSpeakerView(page);
    expect(await speaker.evaluate(() => [innerWidth, innerHeight])).toEqual([1100, 700]);
    for (const preview of [current, upcoming]) {
      await preview.locator('.reveal.ready').waitFor({ timeout: 15_000 });
      expect(await preview.locator('.reveal').getAttribute('data-frame')).toBe('landscape');
      expect(await preview.locator('.reveal-scroll').count()).toBe(0);
    }
  });

  it('belongs to the window that opened it: another tab of the deck neither drives nor follows it', async () => {
    const page = await newPage(site);
    const other = await page.context().newPage();
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    await openDeck(other, site, '?deck=dsi&lang=en#/2');
    const { speaker, current } = await openSpeakerView(page);
    const heading = () => current.locator('section.present h2').textContent();
    await expect.poll(heading, { timeout: 15_000 }).toBe(dsi.slides[2]!.text.en.title);

    // D in the other tab: both languages there, not in this speaker view's previews.
    await other.bringToFront();
    await other.keyboard.press('d');
    await expect.poll(() => other.locator('section.present .sub-text').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(await current.locator('section.present .sub-text').count()).toBe(0);
    // … while its own window still drives it.
    await page.bringToFront();
    await page.keyboard.press('d');
    await expect.poll(() => current.locator('section.present .sub-text').count()).toBeGreaterThan(0);

    // L in the speaker view switches its own window alone.
    await speaker.bringToFront();
    await speaker.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
    await page.waitForTimeout(1000);
    expect(await other.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('takes the keys pressed in the speaker view once the reloading projector window runs, with no error before', async () => {
    const page = await newPage(site);
    // A reload keeps the window's channel (for the tab's session): the open speaker view's previews go on
    // sending the keys pressed in it, here one every millisecond while the deck starts.
    const channelId = 'a'.repeat(32);
    const channel = viewChannelName('dsi', channelId);
    await page.addInitScript(({ key, id }) => sessionStorage.setItem(key, id), {
      key: CHANNEL_STORAGE_KEY,
      id: channelId,
    });
    const preview = await page.context().newPage();
    await preview.goto(site.url);
    const send = (command: string) =>
      preview.evaluate(({ name, command }) => new BroadcastChannel(name).postMessage({ type: 'command', command }), {
        name: channel,
        command,
      });
    await preview.evaluate((name) => {
      const sender = new BroadcastChannel(name);
      setInterval(() => sender.postMessage({ type: 'command', command: 'help' }), 1);
    }, channel);
    const watch = watchPage(page, site.url);
    await openDeck(page, site, '?deck=dsi&lang=en');
    await page.waitForTimeout(500);
    expect(watch.errors).toEqual([]);
    await send('toggle-language');
    await page.waitForFunction(() => document.documentElement.lang === 'th');
  });

  it('is replaced by S after a reload emptied it, and says so meanwhile', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th#/2');
    const first = await openSpeakerView(page);
    await expect.poll(() => first.notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    // reveal.js keeps F5 and Cmd+R from reloading it; Ctrl+R is kept too.
    await first.speaker.evaluate(() =>
      window.addEventListener(
        'keydown',
        (event) => ((window as unknown as { kept: boolean }).kept = event.defaultPrevented),
        true,
      ),
    );
    await first.speaker.keyboard.press('Control+r');
    expect(await first.speaker.evaluate(() => (window as unknown as { kept: boolean }).kept)).toBe(true);

    // The browser's reload button: reveal.js's speaker view is an about:blank page, and a reload empties it.
    await first.speaker.reload();
    await expect.poll(() => first.speaker.textContent('body'), { timeout: 5000 }).toBe(UI_TEXT.th.speakerReloaded);

    await page.bringToFront();
    const second = await openSpeakerView(page);
    await expect.poll(() => second.notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    expect(first.speaker.isClosed()).toBe(true);
    await expect
      .poll(() => second.current.locator('section.present').getAttribute('data-slide-id'), { timeout: 15_000 })
      .toBe(dsi.slides[2]!.id);
  });
});

describe('?receiver on an ordinary tab', () => {
  it('is the deck itself, with its toolbar and its own keys', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en&receiver&postMessageEvents=true#/2');
    expect(await page.getByRole('button', { name: languageButtonName('en') }).isVisible()).toBe(true);
    await page.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(new URL(page.url()).searchParams.has('receiver')).toBe(false);
  });
});
