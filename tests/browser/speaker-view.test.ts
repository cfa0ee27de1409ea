import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { newPage, openDeck, openSpeakerView, useSite } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

describe('speaker view', () => {
  it('shows the current notes, the next slide and the clock, and follows a language toggle', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    const { speaker, notes, current, upcoming } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    expect(await speaker.locator('.speaker-controls-time .clock-value').textContent()).toMatch(/\d:\d\d/);
    await expect
      .poll(() => upcoming.locator('section.present').getAttribute('data-slide-id'), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.id);

    await page.bringToFront();
    await page.keyboard.press('l');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    await expect
      .poll(() => current.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[2]!.text.th.title);
    await expect
      .poll(() => upcoming.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.text.th.title);
  });

  it('opens in the deck’s current language', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    const { notes, current } = await openSpeakerView(page);
    await expect.poll(() => current.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('th');
    await expect
      .poll(() => notes.textContent(), { timeout: 15_000 })
      .toContain(findDeck('coalition')!.slides[1]!.notes.th[0]);
  });
});
