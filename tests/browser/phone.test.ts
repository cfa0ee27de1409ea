import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { DECK_LANGS, languageButtonName, newPage, openDeck, useSite } from './support';

const site = useSite();
const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 800 },
];

/** Everything on the page that sticks out sideways, and the smallest text size as seen on the screen. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [
      ...document.querySelectorAll<HTMLElement>('.reveal section[data-layout] *:not(aside.notes, aside.notes *)'),
    ]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .map((element) => `${element.tagName}: ${element.textContent?.slice(0, 30)}`);
    const textSizes = [...document.querySelectorAll<HTMLElement>('.reveal section[data-layout] :is(h1, h2, h3, p, li)')]
      .filter((element) => element.getBoundingClientRect().height > 0 && !element.closest('aside'))
      .map((element) => {
        const section = element.closest('section')!;
        const scale = section.getBoundingClientRect().width / section.offsetWidth;
        return parseFloat(getComputedStyle(element).fontSize) * scale;
      });
    return { pageWidth: document.documentElement.scrollWidth, width, wide, smallestText: Math.min(...textSizes) };
  });

describe.each(PHONES)('phone held upright, $width×$height', (viewport) => {
  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang] as const))(
    '%s in %s: no slide runs off the side and the text stays readable',
    async (deckId, lang) => {
      const page = await newPage(site, { viewport, isMobile: true, hasTouch: true });
      await openDeck(page, site, `?deck=${deckId}&lang=${lang}`);
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
