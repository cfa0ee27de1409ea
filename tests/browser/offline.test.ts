import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findDeck } from '../../slides/decks';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { newPage, openSpeakerView, useBrowser } from './support';

const OFFLINE_FILE = fileURLToPath(new URL('../../dist/offline/index.html', import.meta.url));
const browsing = useBrowser();
const fileUrl = () => pathToFileURL(OFFLINE_FILE).href;
const dsi = findDeck('dsi')!;

const openOffline = async (page: Page, query: string) => {
  await page.goto(`${fileUrl()}${query}`);
  await page.waitForSelector('.reveal.ready');
};

beforeAll(() => {
  if (!existsSync(OFFLINE_FILE))
    throw new Error(`${OFFLINE_FILE} is missing: run \`npm run build:offline\` (npm test does).`);
});

describe('one-file offline copy', () => {
  it('opens from file:// with its fonts, toggles language and runs the speaker view, requesting nothing but itself', async () => {
    const page = await newPage(browsing);
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const file = fileUrl();

    await page.goto(`${file}?deck=dsi&lang=th#/2`);
    await page.waitForSelector('.reveal.ready');
    expect(await page.textContent('section.present h2')).toBe(dsi.slides[2]!.text.th.title);
    expect(
      await page.evaluate(() => document.fonts.ready.then(() => document.fonts.check('700 40px Sarabun', 'ก'))),
    ).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'Sarabun' && face.status === 'loaded'),
      ),
    ).toBe(true);

    await page.keyboard.press('l');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[2]!.text.en.title);

    const { notes } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);

    expect(errors).toEqual([]);
    // Only the file itself (the speaker view loads it again for its previews): no font, script or icon beside it.
    expect(
      requests.filter((url) => !url.startsWith(`${file}?`) && !url.startsWith('data:') && url !== 'about:blank'),
    ).toEqual([]);
  });
});

describe('the offline copy at a venue', () => {
  it('runs without BroadcastChannel (Safari before 15.4): slides, L, and the speaker view', async () => {
    const page = await newPage(browsing);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
    await openOffline(page, '?deck=dsi&lang=th#/2');
    expect(await page.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[3]!.text.th.title);
    await page.keyboard.press('l');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[3]!.text.en.title);
    const { notes } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[3]!.notes.en[0]);
    expect(errors).toEqual([]);
  });

  it.each(['th', 'en'] as const)('shares no QR code of the file, and says why, in %s', async (lang) => {
    const page = await newPage(browsing);
    await openOffline(page, `?deck=dsi&lang=${lang}#/3`);
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: UI_TEXT[lang].shareNoPublicTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain(UI_TEXT[lang].shareNoPublicAddress);
    expect(await dialog.locator('canvas').count()).toBe(0);
    expect(await dialog.textContent()).not.toContain('file:');
  });

  it('links to no PDF, which the one file does not carry', async () => {
    const page = await newPage(browsing);
    await page.goto(`${fileUrl()}?lang=en`);
    await page.waitForSelector('.deck-card-link');
    expect(await page.locator('a[href$=".pdf"]').count()).toBe(0);
    await page.locator('.deck-card-link').first().click();
    await page.waitForSelector('.reveal.ready');
    await page.keyboard.press('q');
    await expect.poll(() => page.locator('dialog.share').isVisible()).toBe(true);
    expect(await page.locator('a[href$=".pdf"]').count()).toBe(0);
  });
});
