import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { KEY_TABLE } from '../../src/deck/keys';
import { slideSeconds } from '../../src/deck/pacing';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { newPage, notesText, openDeck, useSite, openSpeakerView } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

const screenState = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    sub: new URL(location.href).searchParams.get('sub'),
    subLangs: [...document.querySelectorAll('section.present .sub-text')].map((span) => span.getAttribute('lang')),
  }));

describe('bilingual screen', () => {
  it('cycles Thai only, English only and both with D, and the URL carries it', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th#/3');
    expect(await screenState(page)).toEqual({ lang: 'th', sub: null, subLangs: [] });

    await page.keyboard.press('d');
    await expect.poll(() => screenState(page)).toEqual({ lang: 'en', sub: null, subLangs: [] });

    await page.keyboard.press('d');
    await expect.poll(() => screenState(page).then((state) => state.sub)).toBe('th');
    const both = await screenState(page);
    expect(both.lang).toBe('en');
    expect(both.subLangs.length).toBeGreaterThan(3);
    expect(new Set(both.subLangs)).toEqual(new Set(['th']));
    const heading = await page.textContent('section.present h2');
    expect(heading).toContain(dsi.slides[3]!.text.en.title);
    expect(heading).toContain(dsi.slides[3]!.text.th.title);

    await page.keyboard.press('d');
    await expect.poll(() => screenState(page)).toEqual({ lang: 'th', sub: null, subLangs: [] });
    expect(await page.$eval('section.present', (s) => s.getAttribute('data-slide-id'))).toBe(dsi.slides[3]!.id);
  });

  it('honours ?sub= on arrival and offers the same cycle on a named button', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th&sub=en#/1');
    const state = await screenState(page);
    expect(state.lang).toBe('th');
    expect(state.sub).toBe('en');
    const activity = findDeck('coalition')!.slides[1]!;
    expect(activity.layout).toBe('event');
    if (activity.layout === 'event')
      expect(await page.textContent('section.present .event-venue')).toContain(activity.text.en.venue);
    await page.getByRole('button', { name: /^ภาษาบนจอ: ไทย \+ EN$/ }).click();
    await expect.poll(() => screenState(page)).toEqual({ lang: 'th', sub: null, subLangs: [] });
  });

  it('keeps both languages when L swaps which one is main', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th&sub=en#/2');
    await page.keyboard.press('l');
    await expect.poll(() => screenState(page).then((state) => [state.lang, state.sub])).toEqual(['en', 'th']);
  });
});

describe('notes in the speaker’s language', () => {
  it('honours ?speakerLang= and switches the notes alone with T', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th&speakerLang=en#/1');
    expect(await notesText(page)).toContain(dsi.slides[1]!.notes.en[0]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await page.keyboard.press('t');
    await expect.poll(() => notesText(page)).toContain(dsi.slides[1]!.notes.th[0]);
    // The address follows once the new notes have been painted (src/render/after-paint.ts).
    await expect.poll(() => new URL(page.url()).searchParams.get('speakerLang')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
  });

  it('shows the chosen notes language in the speaker view, after switches from either window', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th&speakerLang=en#/2');
    const { speaker, notes, current: preview } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    await expect
      .poll(() => preview.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[2]!.text.th.title);

    // T pressed in the speaker view goes to its preview, which hands it to the main window.
    await speaker.bringToFront();
    await speaker.keyboard.press('t');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    await expect.poll(() => notesText(page)).toContain(dsi.slides[2]!.notes.th[0]);

    await page.bringToFront();
    await page.keyboard.press('t');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    expect(await preview.locator('section.present h2').textContent()).toBe(dsi.slides[2]!.text.th.title);
  });
});

describe('pacing', () => {
  it.each(DECKS.map((deck) => [deck.id, deck] as const))(
    '%s: every slide carries its timing for the delivery language',
    async (_, deck) => {
      const page = await newPage(site);
      await openDeck(page, site, `?deck=${deck.id}&lang=en`);
      const timings = () =>
        page.$$eval('.reveal .slides > section', (sections) =>
          sections.map((s) => Number(s.getAttribute('data-timing'))),
        );
      expect(await timings()).toEqual(slideSeconds(deck, 'en'));
      await page.keyboard.press('t');
      await expect.poll(timings).toEqual(slideSeconds(deck, 'th'));
    },
  );
});

describe('help overlay', () => {
  it('lists every shortcut, ours included, in the current language, and closes with Esc or ?', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/2');
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: UI_TEXT.th.helpTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const rows = await dialog.locator('tr').allTextContents();
    expect(rows).toEqual(KEY_TABLE.map((shortcut) => `${shortcut.keys.join(' ')}${shortcut.action.th}`));

    // Keys act on the dialog, not on the deck behind it.
    await page.keyboard.press('ArrowRight');
    expect(await page.$eval('section.present', (s) => s.getAttribute('data-slide-id'))).toBe(
      findDeck('coalition')!.slides[2]!.id,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.keyboard.press('l');
    await page.keyboard.press('Shift+Slash');
    const english = page.getByRole('dialog', { name: UI_TEXT.en.helpTitle });
    await expect.poll(() => english.isVisible()).toBe(true);
    // ? closes what ? opened, and the deck's keys work again.
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => english.isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.$eval('section.present', (s) => s.getAttribute('data-slide-id')))
      .toBe(findDeck('coalition')!.slides[3]!.id);
  });
});
