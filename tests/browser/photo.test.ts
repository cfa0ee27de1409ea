import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, useBrowser } from './support';

// The decks ship no event photos, so a fixture slide rendered by the real renderer and theme
// (served by Vite's dev server) shows how an activity slide takes one.
let server: ViteDevServer;
const browsing = useBrowser();
let base: string;

beforeAll(async () => {
  server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
});
afterAll(() => server?.close());

async function openFixture(query: string): Promise<Page> {
  const page = await newPage(browsing);
  await page.goto(`${base}tests/fixtures/photo-slide.html?${query}`);
  await page.waitForSelector('section h2');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

const overflow = (page: Page) =>
  page.$eval('section', (section) => {
    const frame = section.getBoundingClientRect();
    return [...section.querySelectorAll('*')]
      .map((element) => element.getBoundingClientRect())
      .filter(
        (box) =>
          box.width > 0 &&
          (box.right > frame.right + 1 ||
            box.bottom > frame.bottom + 1 ||
            box.left < frame.left - 1 ||
            box.top < frame.top - 1),
      ).length;
  });

describe('event photos', () => {
  it.each([
    ['th', ''],
    ['en', ''],
    ['th', '&sub=en'],
  ])('an activity with a photo shows it beside its text, described in %s, and still fits%s', async (lang, sub) => {
    const page = await openFixture(`photo=yes&lang=${lang}${sub}`);
    const image = page.locator('section figure img');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    expect(await image.getAttribute('alt')).toBe(lang === 'th' ? 'ภาพทดสอบ' : 'Test image');
    const [text, photo] = await Promise.all([page.locator('.event-text').boundingBox(), image.boundingBox()]);
    expect(photo!.x).toBeGreaterThan(text!.x + text!.width - 1);
    expect(photo!.width).toBeGreaterThan(300);
    expect(await overflow(page)).toBe(0);
  });

  it('an activity without a photo keeps its designed layout and has no empty frame', async () => {
    const page = await openFixture('lang=th');
    expect(await page.locator('section figure, section img').count()).toBe(0);
    expect(await page.locator('.event-layout').getAttribute('data-photo')).toBe('no');
    const text = await page.locator('.event-text').boundingBox();
    expect(text!.width).toBeGreaterThan(900);
    expect(await overflow(page)).toBe(0);
  });
});
