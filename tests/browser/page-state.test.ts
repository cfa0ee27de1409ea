import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { deckPageFile } from '../../src/page/deck-page';
import { DESKTOP, newPage, openDeck, phone, PHONES, slideInView, uiText, useSite } from './support';

const site = useSite();
const [PHONE] = PHONES as [{ width: number; height: number }];
const coalition = findDeck('coalition')!;
const dsi = findDeck('dsi')!;

const hashOf = (page: Page) => new URL(page.url()).hash;
const ogUrl = (page: Page) => page.getAttribute('meta[property="og:url"]', 'content');
const addressWithoutHash = (page: Page) => page.url().split('#')[0];

// Every slide of both decks, as an attendee opens it from a shared link: cold, on a phone and a laptop.
const SLIDE_LINKS = DECKS.flatMap((deck) =>
  deck.slides.flatMap((slide, index) => [
    [`index.html?deck=${deck.id}&lang=en#/${index}`, slide.id] as const,
    [`${deckPageFile(deck.id, 'th')}?deck=${deck.id}&lang=th#/${index}`, slide.id] as const,
  ]),
);

describe.each([
  ['a phone', phone(PHONE)],
  ['a laptop', { viewport: DESKTOP }],
])('a shared slide link opened cold on %s', (_, options) => {
  it.each(SLIDE_LINKS)('%s opens %s and keeps the slide in the address', async (link, slideId) => {
    const page = await newPage(site, options);
    await openDeck(page, site, link);
    await expect.poll(() => slideInView(page)).toBe(slideId);
    expect(hashOf(page)).toBe(new URL(link, site.url).hash);
  });
});

describe('turning a phone and resizing a window', () => {
  it.each([
    [{ width: 844, height: 390 }, PHONE],
    [DESKTOP, PHONE],
    [PHONE, DESKTOP],
  ])('from %o to %o and back keeps the slide, and the language still switches', async (from, to) => {
    const page = await newPage(site, phone(from));
    await openDeck(page, site, `?deck=coalition&lang=en#/4`);
    const expected = coalition.slides[4]!;
    for (const viewport of [to, from]) {
      await page.setViewportSize(viewport);
      await expect.poll(() => slideInView(page)).toBe(expected.id);
      await expect.poll(() => hashOf(page)).toBe('#/4');
    }
    await page.keyboard.press('l');
    await expect
      .poll(() => page.textContent(`section[data-slide-id="${expected.id}"] :is(h1, h2)`))
      .toContain(expected.text.th.title);
    expect(await slideInView(page)).toBe(expected.id);
  });
});

describe('the page’s own address in its tags', () => {
  it('og:url and the canonical link name the address after every L, D, T and slide change', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/2');
    const agree = async () => {
      expect(await ogUrl(page)).toBe(addressWithoutHash(page));
      const canonical = new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!);
      expect(canonical.pathname).toBe(new URL(page.url()).pathname);
    };
    await agree();
    for (const key of ['l', 'd', 't', 'ArrowRight', 'l', 'd', 'd', 'ArrowLeft', 't']) {
      const before = page.url();
      await page.keyboard.press(key);
      await expect.poll(() => page.url()).not.toBe(before);
      await agree();
    }
    const lang = await page.evaluate(() => document.documentElement.lang);
    expect(new URL(page.url()).pathname).toBe(`/${deckPageFile('coalition', lang)}`);
  });
});

describe('a deck page on its own', () => {
  it('dsi-th.html with no query opens the DSI deck in Thai', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, deckPageFile('dsi', 'th'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await page.textContent('section.present h1')).toBe(dsi.slides[0]!.text.th.title);
    expect(new URL(page.url()).searchParams.get('deck')).toBe('dsi');
  });
});

describe('links cannot reconfigure the audience’s screen', () => {
  it('showNotes=true leaves the speaker notes off the projected slide', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=en&showNotes=true#/1');
    expect(await page.locator('section.present aside.notes').isVisible()).toBe(false);
    expect(await page.locator('.speaker-notes').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.has('showNotes')).toBe(false);
  });

  it('autoSlide=1 does not move the slides on by itself', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en&autoSlide=1#/1');
    await page.waitForTimeout(2500);
    expect(await slideInView(page)).toBe(dsi.slides[1]!.id);
  });

  it('scrollActivationWidth=100000 keeps the laptop’s slides and the slide in the address', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en&scrollActivationWidth=100000#/3');
    expect(await page.locator('.reveal-scroll').count()).toBe(0);
    expect(await slideInView(page)).toBe(dsi.slides[3]!.id);
    expect(hashOf(page)).toBe('#/3');
  });

  it('lang=print-pdf is an unknown language, not the print view', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, '?deck=dsi&lang=print-pdf#/2');
    expect(await page.locator('html.print-pdf, .reveal.print-pdf, .pdf-page').count()).toBe(0);
    expect(await slideInView(page)).toBe(dsi.slides[2]!.id);
    await expect
      .poll(() => page.textContent('#notices'))
      .toContain(uiText('en', 'unknownLanguage', { value: 'print-pdf' }));
  });
});

describe('one reading of ?lang=', () => {
  const notAvailable = (value: string) => UI_TEXT.en.unknownLanguage.replace('{{value}}', value);
  it.each([
    ['TH', 'th', null],
    ['th%20', 'th', null],
    ['th&lang=xx', 'th', null],
    ['th&lang=en', 'th', null],
    ['EN-gb', 'en', null],
    ['xx&lang=th', 'en', 'xx'],
  ])('?lang=%s shows %s, with a notice only when it names no language', async (value, lang, rejected) => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, `?deck=dsi&lang=${value}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const notices = (await page.textContent('#notices')) ?? '';
    if (rejected) expect(notices).toContain(notAvailable(rejected));
    else expect(notices).toBe('');
    expect(new URL(page.url()).searchParams.getAll('lang')).toEqual([lang]);
  });
});

describe('what the address remembers', () => {
  it('going Back to the landing page keeps the language the visitor chose', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await page.goto(`${site.url}?lang=th`);
    await page.locator('.deck-card-link').first().click();
    await page.waitForSelector('.reveal.ready');
    await page.keyboard.press('l');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goBack();
    await page.waitForSelector('.deck-card-link');
    // Whatever the landing page shows from its old address, the choice made last is the one remembered.
    await openDeck(page, site, '?deck=coalition');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('keeps one deck= in the address', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&deck=coalition&lang=en');
    expect(new URL(page.url()).searchParams.getAll('deck')).toEqual(['dsi']);
  });

  it('names a huge slide number as it was typed', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/99999999999999999999999');
    const notice = uiText('en', 'slideOutOfRange', { total: dsi.slides.length, requested: '100000000000000000000000' });
    await expect.poll(() => page.textContent('#notices')).toContain(notice);
    expect(await slideInView(page)).toBe(dsi.slides.at(-1)!.id);
  });
});
