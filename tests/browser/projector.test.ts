import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { otherLang } from '../../src/i18n/language';
import {
  CHROME,
  chromeOverContent,
  DECK_LANGS,
  DESKTOP,
  differingPixels,
  isSeen,
  languageButtonName,
  newPage,
  openDeck,
  problemsOnEverySlide,
  PROJECTORS,
  useSite,
} from './support';

const site = useSite();
// Past the toolbar's idle time (about 2.5 s) and its fade.
const RESTING_MS = 4000;

/** Moves the mouse a little, from wherever it is, as a hand on the mouse does. */
async function nudgeMouse(page: Page, x = 400, y = 300): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.move(x + 20, y + 10, { steps: 2 });
}

/** Brings the pointer to rest on the toolbar, which shows it and keeps it shown. */
async function restOnToolbar(page: Page): Promise<void> {
  const box = (await page.locator(CHROME.toolbar).boundingBox())!;
  await nudgeMouse(page, box.x + 20, box.y + box.height / 2 - 5);
}

describe.each(PROJECTORS)('the projector at $width×$height', (viewport) => {
  it('hides the toolbar and reveal.js’s arrows while the pointer rests; a move, hovering or Tab brings the toolbar back', async () => {
    const page = await newPage(site, { viewport });
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    expect(await isSeen(page, CHROME.toolbar)).toBe(true);

    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(false);
    expect(await isSeen(page, CHROME.arrows)).toBe(false);
    // Unseen, it is still there for a screen reader.
    expect(await page.getByRole('button', { name: languageButtonName('th') }).count()).toBe(1);

    await nudgeMouse(page);
    await expect.poll(() => isSeen(page, CHROME.toolbar)).toBe(true);
    expect(await isSeen(page, CHROME.arrows)).toBe(true);

    // A pointer resting on the toolbar keeps it.
    await restOnToolbar(page);
    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(true);

    await nudgeMouse(page);
    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(false);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#toolbar') !== null)).toBe(true);
    await expect.poll(() => isSeen(page, CHROME.toolbar)).toBe(true);
    // And keeps it while the focus is there.
    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(true);
  });
});

/**
 * Where the page's chrome lies over the slide on screen, pixels that the slide's own drawing puts there:
 * the screen with the chrome hidden, against the same screen with the slide reduced to its background colour.
 */
async function artworkUnderChrome(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(
    (chrome) =>
      Object.entries(chrome).flatMap(([name, selector]) =>
        [...document.querySelectorAll(selector)]
          .map((element) => element.getBoundingClientRect().toJSON() as DOMRect)
          .filter((box) => box.width > 0 && box.height > 0)
          .map((box) => ({ name, box })),
      ),
    CHROME,
  );
  const shot = async () => PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
  const styles = [
    await page.addStyleTag({ content: `${Object.values(CHROME).join(', ')} { display: none !important; }` }),
  ];
  const slide = await shot();
  styles.push(
    await page.addStyleTag({
      content:
        'section.present { background-image: none !important; } section.present > * { visibility: hidden !important; }',
    }),
  );
  const bare = await shot();
  for (const style of styles) await style.evaluate((element) => (element as ChildNode).remove());
  return boxes.flatMap(({ name, box }) => {
    const pixels = differingPixels(slide, bare, box);
    return pixels > 0 ? [`${name}: ${pixels} px of the slide’s own drawing`] : [];
  });
}

// The projectors, and a 1280×720 laptop at 200 % zoom.
describe.each([...PROJECTORS, { width: 640, height: 360 }])('at $width×$height', (viewport) => {
  // Each slide as the audience sees it, the toolbar shown (the pointer on it), in each screen mode.
  const cases = DECK_LANGS.flatMap(({ deck, lang }) => [
    [deck.id, lang, 'alone', deck, ''] as const,
    [deck.id, lang, `with ${otherLang(lang)} beneath`, deck, `&sub=${otherLang(lang)}`] as const,
  ]);
  it.each(cases)(
    '%s in %s %s: the toolbar, the arrows and the progress bar cover no slide’s text',
    async (_, lang, __, deck, sub) => {
      const page = await newPage(site, { viewport, reducedMotion: 'reduce' });
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}${sub}`);
      await restOnToolbar(page);
      expect(await problemsOnEverySlide(page, deck, chromeOverContent)).toEqual([]);
    },
  );

  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: where the toolbar, the arrows and the progress bar appear, every slide shows only its background',
    async (_, lang, deck) => {
      const page = await newPage(site, { viewport, reducedMotion: 'reduce' });
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}`);
      expect(await problemsOnEverySlide(page, deck, artworkUnderChrome)).toEqual([]);
    },
  );
});

describe('the toolbar on the projector', () => {
  it('fades out at once on entering full screen (F), and comes back on leaving it', async () => {
    const page = await newPage(site, { viewport: DESKTOP });
    await openDeck(page, site, '?deck=dsi&lang=en#/1');
    await nudgeMouse(page);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    // Well within the idle time: no waiting for the pointer to rest.
    await page.waitForTimeout(800);
    expect(await isSeen(page, CHROME.toolbar)).toBe(false);
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => isSeen(page, CHROME.toolbar)).toBe(true);
  });

  it('stays while a dialog is open', async () => {
    const page = await newPage(site, { viewport: DESKTOP });
    await openDeck(page, site, '?deck=dsi&lang=en#/1');
    await page.keyboard.press('q');
    await page.waitForSelector('dialog[open]');
    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(RESTING_MS);
    expect(await isSeen(page, CHROME.toolbar)).toBe(false);
  });

  it('fades for people who allow motion and simply goes for those who ask for less', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const page = await newPage(site, { viewport: DESKTOP, reducedMotion });
      await openDeck(page, site, '?deck=dsi&lang=en');
      return page.$eval(CHROME.toolbar, (toolbar) => parseFloat(getComputedStyle(toolbar).transitionDuration));
    };
    expect(await duration('no-preference')).toBeGreaterThan(0);
    expect(await duration('reduce')).toBe(0);
  });
});

/** WCAG's contrast ratio of two sRGB colours (0–255 channels). */
function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r, g, bl] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('reveal.js’s ‹ › arrows', () => {
  it('show on a dark slide, where they cross its edge, the way back as plainly as the way on', async () => {
    const page = await newPage(site, { viewport: DESKTOP });
    const campaign = findDeck('coalition')!.slides.findIndex((slide) => slide.layout === 'campaign');
    await openDeck(page, site, `?deck=coalition&lang=en#/${campaign}`);
    await nudgeMouse(page);
    const shot = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
    const slide = (await page.locator('.reveal .slides > section.present').boundingBox())!;
    const pixel = (x: number, y: number) => {
      const i = (Math.floor(y) * shot.width + Math.floor(x)) * 4;
      return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
    };
    for (const side of ['left', 'right']) {
      const box = (await page.locator(`.reveal .controls .navigate-${side}`).boundingBox())!;
      // The slide beside the arrow, inside its edge: what the arrow must stand out from.
      const background = pixel(side === 'left' ? box.x + box.width + 20 : box.x - 20, box.y + box.height / 2);
      let strokes = 0;
      for (let y = Math.floor(box.y); y < box.y + box.height; y++)
        for (let x = Math.max(Math.floor(box.x), slide.x); x < Math.min(box.x + box.width, slide.x + slide.width); x++)
          if (contrastRatio(background, pixel(x, y)) >= 3) strokes++;
      expect(strokes, `${side} arrow over the slide`).toBeGreaterThan(40);
    }
  });
});

describe('forced colours (Windows high contrast)', () => {
  it('draws reveal.js’s ‹ › arrows in a colour that shows', async () => {
    const page = await newPage(site, { viewport: DESKTOP, forcedColors: 'active' });
    await openDeck(page, site, `?deck=coalition&lang=en#/${findDeck('coalition')!.slides.length - 2}`);
    await nudgeMouse(page);
    const shot = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
    for (const side of ['left', 'right']) {
      const box = (await page.locator(`.reveal .controls .navigate-${side}`).boundingBox())!;
      // The arrow's strokes against the button's own corner, which is background.
      const corner = { x: box.x, y: box.y, width: 1, height: 1 };
      const i = (Math.floor(corner.y) * shot.width + Math.floor(corner.x)) * 4;
      const background = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
      let strokes = 0;
      for (let y = Math.floor(box.y); y < box.y + box.height; y++)
        for (let x = Math.floor(box.x); x < box.x + box.width; x++) {
          const j = (y * shot.width + x) * 4;
          if (background.some((value, c) => Math.abs(value - shot.data[j + c]!) > 64)) strokes++;
        }
      expect(strokes, `${side} arrow`).toBeGreaterThan(50);
    }
  });
});
