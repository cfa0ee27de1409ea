import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { decodeCanvas, newPage, openDeck, PUBLIC_SITE, servePublicly, useSite, type Site } from './support';

const site = useSite();

const scriptRequests = (page: Page) => {
  const urls: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && urls.push(request.url()));
  return urls;
};

// The deck as the audience would find it on the web: the built site at a public address.
const publicSite = (): Site => ({ ...site, url: PUBLIC_SITE, origin: new URL(PUBLIC_SITE).origin });

describe('share by QR code', () => {
  it('costs nothing on first load; Q shows a QR code of this deck, language and slide', async () => {
    const page = await newPage(site);
    await servePublicly(page, site);
    const scripts = scriptRequests(page);
    await openDeck(page, publicSite(), '?deck=dsi&lang=th&sub=en#/3');
    expect(scripts).toHaveLength(1);

    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: 'สแกนเพื่อเปิดสไลด์นี้' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(scripts.length).toBeGreaterThan(1);
    const canvas = dialog.locator('canvas');
    // The deck's own page, whose HTML gives link previews this deck; the presenter's `sub` stays behind.
    const shared = `${PUBLIC_SITE}dsi-th.html?deck=dsi&lang=th#/3`;
    await expect.poll(() => decodeCanvas(canvas)).toBe(shared);
    expect(await dialog.locator('.share-url').textContent()).toBe(shared);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Q closes it too.
    await page.keyboard.press('q');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('q');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it.each(['th', 'en'] as const)(
    'draws no QR code of a local address: on 127.0.0.1 Q says, in %s, that there is no public link',
    async (lang) => {
      const page = await newPage(site);
      await openDeck(page, site, `?deck=dsi&lang=${lang}#/3`);
      await page.keyboard.press('q');
      const dialog = page.getByRole('dialog', { name: UI_TEXT[lang].shareNoPublicTitle });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await dialog.textContent()).toContain(UI_TEXT[lang].shareNoPublicAddress);
      expect(await dialog.locator('canvas').count()).toBe(0);
      expect(await dialog.textContent()).not.toContain('127.0.0.1');
    },
  );

  it('opened again at once after Esc, keeps the focus, so Q closes it', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/3');
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: UI_TEXT.en.shareNoPublicTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Esc and Q in one task, before the dialog's close event: what a fast pair of key presses can meet.
    await page.evaluate(() => {
      document.querySelector<HTMLDialogElement>('dialog[open]')!.close();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', keyCode: 81, bubbles: true }));
    });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.waitForTimeout(100);
    await page.keyboard.press('q');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('opens the shared link on the same deck, language and slide', async () => {
    const page = await newPage(site);
    await openDeck(page, site, 'dsi-th.html?deck=dsi&lang=th#/3');
    expect(await page.textContent('section.present h2')).toBe(findDeck('dsi')!.slides[3]!.text.th.title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
  });

  it('leaves the QR code off the closing slide when the deck is served from this machine', async () => {
    // A rehearsal on localhost or the PDF export: a code for 127.0.0.1 would lead the audience nowhere.
    const page = await newPage(site);
    const dsi = findDeck('dsi')!;
    await openDeck(page, site, `?deck=dsi&lang=en#/${dsi.slides.length - 1}`);
    expect(await page.getAttribute('section.present .closing-layout', 'data-qr')).toBe('no');
    expect(await page.locator('section.present canvas').count()).toBe(0);
  });

  it('uses the system share sheet where the browser has one', async () => {
    const page = await newPage(site);
    await servePublicly(page, site);
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    await openDeck(page, publicSite(), '?deck=coalition&lang=en#/2');
    await page.getByRole('button', { name: 'Share' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared.map((data) => data.url)).toEqual([`${PUBLIC_SITE}coalition-en.html?deck=coalition&lang=en#/2`]);
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('falls back to the QR dialog where there is no share sheet', async () => {
    const page = await newPage(site);
    await servePublicly(page, site);
    await openDeck(page, publicSite(), '?deck=coalition&lang=en#/1');
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Scan to open this slide' }).isVisible()).toBe(true);
  });
});
