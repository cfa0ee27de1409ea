import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { newPage, openDeck, useSite } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

describe('speaker view', () => {
  it('shows the current notes, the next slide and the clock, and follows a language toggle', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/2');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.en[0]);
    expect(await speaker.locator('.speaker-controls-time .clock-value').textContent()).toMatch(/\d:\d\d/);
    const upcoming = speaker.frameLocator('#upcoming-slide iframe');
    await expect
      .poll(() => upcoming.locator('section.present').getAttribute('data-slide-id'), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.id);

    await page.bringToFront();
    await page.keyboard.press('l');
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toContain(dsi.slides[2]!.notes.th[0]);
    const current = speaker.frameLocator('#current-slide iframe');
    await expect
      .poll(() => current.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[2]!.text.th.title);
    await expect
      .poll(() => upcoming.locator('section.present h2').textContent(), { timeout: 15_000 })
      .toBe(dsi.slides[3]!.text.th.title);
    await page.context().close();
  });

  it('opens in the deck’s current language', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    const current = speaker.frameLocator('#current-slide iframe');
    await expect.poll(() => current.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('th');
    await expect
      .poll(() => speaker.locator('.speaker-controls-notes .value').textContent(), { timeout: 15_000 })
      .toContain(findDeck('coalition')!.slides[1]!.notes.th[0]);
    await page.context().close();
  });
});
