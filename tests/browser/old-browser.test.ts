import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { newPage, openDeck, openSpeakerView, useSite } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

describe('a browser without BroadcastChannel (Safari before 15.4)', () => {
  it('starts the deck, moves through it, switches its language and opens the speaker view', async () => {
    const page = await newPage(site);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    expect(await page.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
    expect(await page.textContent('section.present h2')).toBe(dsi.slides[2]!.text.en.title);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[3]!.text.en.title);
    await page.keyboard.press('l');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[3]!.text.th.title);

    const { speaker, notes } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[3]!.notes.th[0]);
    // Keys typed in the speaker view reach the main window without a channel.
    await speaker.bringToFront();
    await speaker.keyboard.press('l');
    await expect.poll(() => page.textContent('section.present h2')).toBe(dsi.slides[3]!.text.en.title);
    expect(errors).toEqual([]);
  });
});
