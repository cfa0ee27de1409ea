import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { DECKS } from '../../slides/decks';
import { LANGS } from '../../slides/types';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface Site {
  /** The site's URL, ending in `/`. */
  url: string;
  origin: string;
  browser: Browser;
}

/** Serves the built `dist/` on 127.0.0.1 and starts Chromium for the tests of one file. */
export function useSite(options: { basePath?: string; dist?: string } = {}): Site {
  const site = {} as Site;
  let close = async () => {};
  beforeAll(async () => {
    const dist = options.dist ?? DIST;
    if (!existsSync(`${dist}/index.html`))
      throw new Error(`${dist}/index.html is missing: run \`npm run build\` first (npm test does).`);
    const server = await serveStatic(dist, options);
    site.url = server.url;
    site.origin = server.origin;
    site.browser = await launchChromium();
    close = async () => {
      await site.browser.close();
      await server.close();
    };
  });
  afterAll(() => close());
  return site;
}

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

/** A fresh context (no memory of earlier visits) and page. */
export async function newPage(site: Site, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  return context.newPage();
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
