import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { Browser, BrowserContextOptions, FrameLocator, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { DECKS } from '../../slides/decks';
import { LANGS, type DeckModule, type Lang } from '../../slides/types';
import { UI_TEXT, type UiText } from '../../src/i18n/ui-text';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface Site extends Browsing {
  /** The site's URL, ending in `/`. */
  url: string;
  origin: string;
}

/** Chromium for the tests of one file, started before them and closed after. */
export interface Browsing {
  browser: Browser;
}

/** Starts Chromium for the tests of one file, for pages that need no served site (file://, a dev server). */
export function useBrowser(): Browsing {
  const browsing = {} as Browsing;
  beforeAll(async () => {
    browsing.browser = await launchChromium();
  });
  afterAll(() => browsing.browser?.close());
  return browsing;
}

/** Serves the built `dist/` on 127.0.0.1 and starts Chromium for the tests of one file. */
export function useSite(options: { basePath?: string; dist?: string } = {}): Site {
  const site = useBrowser() as Site;
  let close = async () => {};
  beforeAll(async () => {
    const dist = options.dist ?? DIST;
    if (!existsSync(`${dist}/index.html`))
      throw new Error(`${dist}/index.html is missing: run \`npm run build\` first (npm test does).`);
    const server = await serveStatic(dist, options);
    site.url = server.url;
    site.origin = server.origin;
    close = () => server.close();
  });
  afterAll(() => close());
  return site;
}

/** A public address the tests serve the built site at (see `servePublicly`). */
export const PUBLIC_SITE = 'https://talks.example/safe/';

/**
 * Serves the site at `PUBLIC_SITE` in `page`'s browser context, as a host on the internet would (a
 * phone in the audience could open it): every request there is answered by the local server.
 */
export async function servePublicly(page: Page, site: Site): Promise<void> {
  await page.context().route(`${PUBLIC_SITE}**`, async (route) => {
    try {
      const response = await route.fetch({ url: site.url + route.request().url().slice(PUBLIC_SITE.length) });
      // The body arrives decoded: it is passed on as it is, without the server's content-encoding.
      const headers = Object.entries(response.headers()).filter(([name]) => name !== 'content-encoding');
      await route.fulfill({ response, headers: Object.fromEntries(headers) });
    } catch {
      // The test ended with this request in flight (a chunk loaded after the paint): the host stops answering.
      await route.abort().catch(() => {});
    }
  });
}

/**
 * Opens, in `page`, a page of another origin (a second server on 127.0.0.1, another port) that frames
 * `src` and keeps every message posted to it in `window.framedMessages`; returns the frame.
 */
export async function openInForeignFrame(page: Page, src: string): Promise<FrameLocator> {
  const dir = await mkdtemp(join(tmpdir(), 'foreign-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><script>window.framedMessages = []; addEventListener('message', (e) => framedMessages.push(e.data));</script>` +
      `<iframe src="${src}" width="1280" height="720"></iframe>`,
  );
  const server = await serveStatic(dir);
  onTestFinished(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  await page.goto(server.url);
  return page.frameLocator('iframe');
}

/** The messages the foreign page of `openInForeignFrame` received. */
export const framedMessages = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => (window as unknown as { framedMessages: unknown[] }).framedMessages);

/** What went wrong on a page while a test used it: console errors, page errors, requests off the origin. */
export interface PageWatch {
  errors: string[];
  offOrigin: string[];
}

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], offOrigin: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank') {
      watch.offOrigin.push(url);
    }
  });
  return watch;
}

/**
 * A fresh context (no memory of earlier visits: a visitor arriving cold) and page, closed when the test
 * that opened it finishes, whether it passed or failed.
 */
export async function newPage(site: Browsing, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  onTestFinished(() => context.close());
  return context.newPage();
}

/** The viewports the deck is checked at: a laptop or projector, and two phones held upright. */
export const DESKTOP = { width: 1280, height: 720 };
/** Projectors: 16:9 at two resolutions, and 4:3. */
export const PROJECTORS = [DESKTOP, { width: 1920, height: 1080 }, { width: 1024, height: 768 }];
export const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 800 },
];
/** A phone's context options: its size, touch, and the mobile viewport. */
export const phone = (viewport: { width: number; height: number }): BrowserContextOptions => ({
  viewport,
  isMobile: true,
  hasTouch: true,
});

/**
 * The slide the visitor sees: the present slide on a projector; on a phone (reveal.js's scroll view,
 * one page per slide) the slide whose page fills most of the screen.
 */
export const slideInView = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reveal section[data-slide-id]')];
    if (!document.querySelector('.reveal-scroll'))
      return sections.find((section) => section.classList.contains('present'))?.dataset['slideId'] ?? null;
    const visible = (section: HTMLElement) => {
      const box = (section.closest('.scroll-page') ?? section).getBoundingClientRect();
      return Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
    };
    return sections.reduce((best, section) => (visible(section) > visible(best) ? section : best)).dataset['slideId']!;
  });

/** What `check` finds on every slide of the open deck, each finding named by its slide. */
export async function problemsOnEverySlide(
  page: Page,
  deck: DeckModule,
  check: (page: Page) => Promise<string[]>,
): Promise<string[]> {
  const problems: string[] = [];
  await forEverySlide(page, deck, async (slide) => {
    problems.push(...(await check(page)).map((problem) => `${slide.id}: ${problem}`));
  });
  return problems;
}

/** Steps through every slide of the open deck with the arrow key, calling `visit` once each is on screen. */
export async function forEverySlide(
  page: Page,
  deck: DeckModule,
  visit: (slide: DeckModule['slides'][number], index: number) => Promise<void>,
): Promise<void> {
  for (const [index, slide] of deck.slides.entries()) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`section.present[data-slide-id="${slide.id}"]`);
    await visit(slide, index);
  }
}

/** Opens a URL relative to the site and waits until reveal.js is ready, every slide has its content and fonts have loaded. */
export async function openDeck(page: Page, site: Pick<Site, 'url'>, query: string): Promise<void> {
  await page.goto(site.url + query);
  await page.waitForSelector('.reveal.ready');
  // The slide in view comes first; the others follow once it has been painted.
  await page.waitForFunction(() => !document.querySelector('.reveal .slides > section:empty'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The text of the slide on screen (its visible content, not its notes). */
export const visibleSlideText = (page: Page): Promise<string> =>
  page.$eval('.reveal .slides > section.present', (section) =>
    [...section.children]
      .filter((child) => !child.matches('aside.notes'))
      .map((child) => (child as HTMLElement).innerText)
      .join('\n'),
  );

export const notesText = (page: Page): Promise<string> =>
  page.$eval('.reveal .slides > section.present aside.notes', (notes) => notes.textContent ?? '');

/** A UI string as the page shows it: `UI_TEXT` with its `{{name}}` placeholders filled. */
export const uiText = (lang: Lang, key: keyof UiText, params: Readonly<Record<string, string | number>> = {}): string =>
  UI_TEXT[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]));

/** The language button's accessible name on a page in `lang` ("Switch the language to ไทย"). */
export const languageButtonName = (lang: Lang): string =>
  `${UI_TEXT[lang].switchLanguage} ${UI_TEXT[lang].otherLanguageName}`;

/** Every deck × language pair, for tests that must hold on every slide. */
export const DECK_LANGS = DECKS.flatMap((deck) => LANGS.map((lang) => ({ deck, lang })));

/** Presses S and returns reveal.js's speaker view: its window, notes, and current and upcoming previews. */
export async function openSpeakerView(page: Page) {
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  return {
    speaker,
    notes: speaker.locator('.speaker-controls-notes .value'),
    current: speaker.frameLocator('#current-slide iframe'),
    upcoming: speaker.frameLocator('#upcoming-slide iframe'),
  };
}

/** The toolbar, reveal.js's arrows (those it shows) and its progress bar: the page's chrome around the slides. */
export const CHROME = {
  toolbar: '#toolbar',
  arrows: '.reveal .controls button.enabled',
  progress: '.reveal .progress',
} as const;

/**
 * Whether the elements `selector` matches can be seen: the screen differs where they are between the page as
 * it is and the page without them (a transparent toolbar is there for Tab and screen readers, not for the eye).
 */
export async function isSeen(page: Page, selector: string): Promise<boolean> {
  const boxes = (
    await page
      .locator(selector)
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))
  ).filter((box) => box.width > 0 && box.height > 0);
  if (boxes.length === 0) return false;
  const left = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box.left))));
  const top = Math.max(0, Math.floor(Math.min(...boxes.map((box) => box.top))));
  const clip = {
    x: left,
    y: top,
    width: Math.ceil(Math.max(...boxes.map((box) => box.right))) - left,
    height: Math.ceil(Math.max(...boxes.map((box) => box.bottom))) - top,
  };
  const shot = async () => PNG.sync.read(await page.screenshot({ clip, animations: 'disabled' }));
  const withThem = await shot();
  // Transparent, not undisplayed: a focused element that stops being displayed loses the focus.
  const hide = await page.addStyleTag({
    content: `${selector} { opacity: 0 !important; transition: none !important; }`,
  });
  const without = await shot();
  await hide.evaluate((style) => (style as ChildNode).remove());
  return boxes.some((box) => differingPixels(withThem, without, { ...box, x: box.x - clip.x, y: box.y - clip.y }) > 0);
}

/** How many pixels of `box` differ between two screenshots of the same page. */
export function differingPixels(a: PNG, b: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(a.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(a.height, Math.ceil(box.y + box.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > 8)) count++;
    }
  }
  return count;
}

/**
 * What of the slides' content a piece of the page's chrome (`CHROME`) lies over: every line of text, image and
 * canvas of every slide, as far as it can be seen (clipped by the frames and scroll views around it), whose box
 * meets the chrome's. Empty when nothing is covered.
 */
export const chromeOverContent = (page: Page): Promise<string[]> =>
  page.evaluate((chrome) => {
    type Box = { left: number; top: number; right: number; bottom: number };
    const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    // A box as it can be seen: cut by every ancestor that clips its overflow.
    const seen = (box: Box, from: Element): Box | null => {
      let cut = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      for (let element = from.parentElement; element; element = element.parentElement) {
        if (getComputedStyle(element).overflow === 'visible') continue;
        const clip = element.getBoundingClientRect();
        cut = {
          left: Math.max(cut.left, clip.left),
          top: Math.max(cut.top, clip.top),
          right: Math.min(cut.right, clip.right),
          bottom: Math.min(cut.bottom, clip.bottom),
        };
      }
      return cut.right > cut.left && cut.bottom > cut.top ? cut : null;
    };
    const content: { what: string; box: Box }[] = [];
    for (const section of document.querySelectorAll('.reveal section[data-slide-id]')) {
      // The slides before and after the present one are transparent (the scroll view shows them all).
      const style = getComputedStyle(section);
      if (style.visibility === 'hidden' || style.opacity === '0' || !section.getClientRects().length) continue;
      const id = (section as HTMLElement).dataset['slideId'];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || node.parentElement?.closest('aside.notes')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const line of range.getClientRects()) {
          const box = seen(line, node.parentElement!);
          if (box) content.push({ what: `${id} “${node.textContent.trim().slice(0, 30)}”`, box });
        }
      }
      for (const picture of section.querySelectorAll('img, canvas, svg')) {
        const box = seen(picture.getBoundingClientRect(), picture);
        if (box) content.push({ what: `${id} ${picture.tagName.toLowerCase()}`, box });
      }
    }
    return Object.entries(chrome).flatMap(([name, selector]) =>
      [...document.querySelectorAll(selector)]
        .filter((element) => getComputedStyle(element).display !== 'none' && element.getClientRects().length)
        .flatMap((element) => {
          const box = element.getBoundingClientRect();
          return content.filter((item) => meets(box, item.box)).map((item) => `${name} covers ${item.what}`);
        }),
    );
  }, CHROME);

/** Reads a QR code as a phone's camera would see it on this screen: from a screenshot of where it is drawn. */
export async function decodeOnScreen(element: Locator): Promise<string | null> {
  const png = PNG.sync.read(await element.page().screenshot({ clip: (await element.boundingBox())! }));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/** Reads a QR code drawn on a canvas the way a phone would: from its pixels. */
export async function decodeCanvas(canvas: Locator): Promise<string | null> {
  const dataUrl = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL('image/png'));
  const png = PNG.sync.read(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
