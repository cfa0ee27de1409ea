import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { otherLang } from '../../src/i18n/language';
import {
  CHROME,
  chromeOverContent,
  DECK_LANGS,
  isSeen,
  languageButtonName,
  newPage,
  openDeck,
  phone,
  PHONES,
  problemsOnEverySlide,
  slideInView,
  useSite,
} from './support';

const site = useSite();
const coalition = findDeck('coalition')!;

/**
 * Everything on the page that sticks out sideways, of the screen or of its own slide's page (by how much, in
 * screen pixels), and the smallest text size as seen on the screen.
 */
const measure = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [
      ...document.querySelectorAll<HTMLElement>('.reveal section[data-layout] *:not(aside.notes, aside.notes *)'),
    ]
      .map((element) => {
        const box = element.getBoundingClientRect();
        const page = element.closest('section')!.getBoundingClientRect();
        const out = Math.max(box.right - Math.min(width, page.right), Math.max(0, page.left) - box.left);
        return { element, out: box.width > 0 ? out : 0 };
      })
      .filter(({ out }) => out > 1)
      .map(({ element, out }) => `${element.tagName}: ${element.textContent?.slice(0, 30)} by ${Math.round(out)} px`);
    const textSizes = [...document.querySelectorAll<HTMLElement>('.reveal section[data-layout] :is(h1, h2, h3, p, li)')]
      .filter((element) => element.getBoundingClientRect().height > 0 && !element.closest('aside'))
      .map((element) => {
        const section = element.closest('section')!;
        const scale = section.getBoundingClientRect().width / section.offsetWidth;
        return parseFloat(getComputedStyle(element).fontSize) * scale;
      });
    return { pageWidth: document.documentElement.scrollWidth, width, wide, smallestText: Math.min(...textSizes) };
  });

// Each deck and language, alone and with the other language beneath.
const SCREENS = DECK_LANGS.flatMap(({ deck, lang }) => [
  [deck.id, lang, 'alone', deck, ''] as const,
  [deck.id, lang, `with ${otherLang(lang)} beneath`, deck, `&sub=${otherLang(lang)}`] as const,
]);

describe.each(PHONES)('phone held upright, $width×$height', (viewport) => {
  it.each(SCREENS)(
    '%s in %s %s: no slide runs off the side of the screen or of its page, and the text stays readable',
    async (deckId, lang, _, __, sub) => {
      const page = await newPage(site, { viewport, isMobile: true, hasTouch: true });
      await openDeck(page, site, `?deck=${deckId}&lang=${lang}${sub}`);
      const { pageWidth, width, wide, smallestText } = await measure(page);
      expect(pageWidth).toBeLessThanOrEqual(width);
      expect(wide).toEqual([]);
      expect(smallestText).toBeGreaterThanOrEqual(12);
    },
  );

  it('puts the language toggle within reach of a thumb, fully on screen', async () => {
    const page = await newPage(site, { viewport, isMobile: true, hasTouch: true });
    await openDeck(page, site, '?deck=coalition&lang=th');
    const box = (await page.getByRole('button', { name: languageButtonName('th') }).boundingBox())!;
    expect(box.y).toBeGreaterThan(viewport.height / 2);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: languageButtonName('th') }).tap();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it.each(SCREENS)(
    '%s in %s %s: the toolbar is one row along the bottom, and no slide’s text is under it at any slide',
    async (_, lang, __, deck, sub) => {
      const page = await newPage(site, phone(viewport));
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}${sub}`);
      const controls = await page.$$eval(`${CHROME.toolbar} > *`, (elements) =>
        elements
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map(({ top, bottom, left, right }) => ({ top, bottom, left, right })),
      );
      // One row: every control beside the first, none on a line of its own.
      const [first] = controls;
      for (const box of controls) {
        expect(box.top).toBeLessThan(first!.bottom);
        expect(box.bottom).toBeGreaterThan(first!.top);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
        expect(box.top).toBeGreaterThan(viewport.height - 80);
      }
      expect(await problemsOnEverySlide(page, deck, chromeOverContent)).toEqual([]);
    },
  );

  it('starts each slide’s content at the top of its page', async () => {
    const page = await newPage(site, phone(viewport));
    await openDeck(page, site, '?deck=coalition&lang=en');
    // Each slide's first block a top margin from its page's top edge, not halfway down an empty page.
    const gaps = await page.$$eval('.reveal section[data-slide-id]', (sections: HTMLElement[]) =>
      sections.map((section) => {
        const scale = section.getBoundingClientRect().height / section.offsetHeight;
        const first = section.querySelector(':scope > :not(aside)')!.getBoundingClientRect();
        const margin = parseFloat(getComputedStyle(section).paddingTop);
        const gap = (first.top - section.getBoundingClientRect().top) / scale - margin;
        return `${section.dataset['slideId']}: ${Math.round(gap)}`;
      }),
    );
    expect(gaps).toEqual(coalition.slides.map((slide) => `${slide.id}: 0`));
  });

  it('numbers the slide being read, “4 / 10”, at the end of the toolbar', async () => {
    const page = await newPage(site, phone(viewport));
    await openDeck(page, site, '?deck=coalition&lang=en#/3');
    await expect.poll(() => slideInView(page)).toBe(coalition.slides[3]!.id);
    const number = page.locator('.toolbar-slide-number');
    expect(await number.count()).toBe(1);
    expect(await number.textContent()).toMatch(/ 4 \/ 10$/);
    expect(await isSeen(page, '.toolbar-slide-number')).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideInView(page)).toBe(coalition.slides[4]!.id);
    await expect.poll(() => number.textContent()).toMatch(/ 5 \/ 10$/);
  });

  it('names the slide being read in the page’s title, in the language on screen', async () => {
    const page = await newPage(site, phone(viewport));
    await openDeck(page, site, '?deck=coalition&lang=en#/3');
    await expect.poll(() => slideInView(page)).toBe(coalition.slides[3]!.id);
    const titleOf = (index: number, lang: 'th' | 'en') =>
      `${coalition.slides[index]!.text[lang].title} · ${coalition.about[lang].title}`;
    expect(await page.title()).toBe(titleOf(3, 'en'));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.title()).toBe(titleOf(4, 'en'));
    await page.getByRole('button', { name: languageButtonName('en') }).tap();
    await expect.poll(() => page.title()).toBe(titleOf(4, 'th'));
  });
});

describe('phone turned sideways', () => {
  it('moves to the next slide on a swipe', async () => {
    const page = await newPage(site, { viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });
    await openDeck(page, site, '?deck=dsi&lang=en#/1');
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: 200 }] });
    await touch('touchStart', 600);
    for (const x of [520, 440, 360, 280]) await touch('touchMove', x);
    await touch('touchEnd', 280);
    await expect
      .poll(() => page.$eval('section.present', (s) => s.getAttribute('data-slide-id')))
      .toBe(findDeck('dsi')!.slides[2]!.id);
  });
});
