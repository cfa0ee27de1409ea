import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { newPage, openSpeakerView, useBrowser } from './support';

const OFFLINE_FILE = fileURLToPath(new URL('../../dist/offline/index.html', import.meta.url));
const browsing = useBrowser();

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
    const fileUrl = pathToFileURL(OFFLINE_FILE).href;
    const dsi = findDeck('dsi')!;

    await page.goto(`${fileUrl}?deck=dsi&lang=th#/2`);
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
      requests.filter((url) => !url.startsWith(`${fileUrl}?`) && !url.startsWith('data:') && url !== 'about:blank'),
    ).toEqual([]);
  });
});
