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
    const response = await route.fetch({ url: site.url + route.request().url().slice(PUBLIC_SITE.length) });
    // The body arrives decoded: it is passed on as it is, without the server's content-encoding.
    const headers = Object.entries(response.headers()).filter(([name]) => name !== 'content-encoding');
    await route.fulfill({ response, headers: Object.fromEntries(headers) });
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
export async function openDeck(page: Page, site: Site, query: string): Promise<void> {
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

/** Reads a QR code drawn on a canvas the way a phone would: from its pixels. */
export async function decodeCanvas(canvas: Locator): Promise<string | null> {
  const dataUrl = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL('image/png'));
  const png = PNG.sync.read(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
