import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_TEXT } from '../../src/i18n/ui-text';
import {
  decodeCanvas,
  decodeOnScreen,
  newPage,
  openDeck,
  phone,
  PHONES,
  PUBLIC_SITE,
  servePublicly,
  useSite,
} from './support';

const site = useSite();

/** The dialog's box, and how far its content reaches sideways past it (a clipped code or button). */
const placement = (dialog: Locator) =>
  dialog.evaluate((element: HTMLDialogElement) => ({
    box: element.getBoundingClientRect().toJSON() as DOMRect,
    overflowsSideways: element.scrollWidth > element.clientWidth,
  }));

/** Whether `box` lies wholly on a `width`×`height` screen. */
const onScreen = (box: DOMRect, { width, height }: { width: number; height: number }) =>
  box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;

/**
 * Presses `key` round the dialog twice over and returns where the focus went each time: a control of the dialog
 * (its text), or "browser" when it left the page for the browser's own controls, as a modal dialog lets it.
 */
async function focusRound(page: Page, key: 'Tab' | 'Shift+Tab', dialog: Locator): Promise<string[]> {
  const count = await dialog.locator('a[href], button').count();
  const visits: string[] = [];
  for (let i = 0; i < 2 * (count + 1); i++) {
    await page.keyboard.press(key);
    visits.push(
      await page.evaluate(() => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return 'browser';
        return focused.closest('dialog[open]') ? `dialog: ${focused.textContent}` : `behind: ${focused.outerHTML}`;
      }),
    );
  }
  return visits;
}

describe.each([...PHONES, { width: 320, height: 568 }])('dialogs on a $width×$height phone', (viewport) => {
  it('the share dialog fits the screen with a code that scans, keeps the focus, and Escape returns it to Share', async () => {
    const page = await newPage(site, phone(viewport));
    // At a public address: on this machine's own the dialog draws no code (no phone could open it).
    await servePublicly(page, site);
    await openDeck(page, { url: PUBLIC_SITE }, '?deck=dsi&lang=th#/2');
    const share = page.getByRole('button', { name: UI_TEXT.th.share });
    await share.tap();
    const dialog = page.getByRole('dialog', { name: UI_TEXT.th.shareTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const url = `${PUBLIC_SITE}dsi-th.html?deck=dsi&lang=th#/2`;
    const canvas = dialog.locator('canvas');
    await expect.poll(() => decodeCanvas(canvas)).toBe(url);

    const { box, overflowsSideways } = await placement(dialog);
    expect(onScreen(box, viewport)).toBe(true);
    expect(overflowsSideways).toBe(false);
    const code = (await canvas.boundingBox())!;
    expect(code.x).toBeGreaterThanOrEqual(box.left);
    expect(code.x + code.width).toBeLessThanOrEqual(box.right);
    // What a camera pointed at this screen reads.
    expect(await decodeOnScreen(canvas)).toBe(url);

    for (const key of ['Tab', 'Shift+Tab'] as const) {
      const visits = await focusRound(page, key, dialog);
      expect(visits.filter((visit) => visit.startsWith('behind'))).toEqual([]);
      // Chromium lets the keyboard reach a dialog that scrolls (so it can be scrolled): one stop more then.
      const scrolls = await dialog.evaluate((element) => element.scrollHeight > element.clientHeight);
      expect(new Set(visits.filter((visit) => visit.startsWith('dialog'))).size).toBe(
        (await dialog.locator('a[href], button').count()) + (scrolls ? 1 : 0),
      );
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await share.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('the help overlay fits the screen, keeps the focus, and Escape returns it where it was', async () => {
    const page = await newPage(site, phone(viewport));
    await openDeck(page, site, '?deck=coalition&lang=en#/1');
    const opener = page.locator('.screen-mode');
    await opener.focus();
    await page.keyboard.press('Shift+Slash');
    const dialog = page.getByRole('dialog', { name: UI_TEXT.en.helpTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);

    const { box, overflowsSideways } = await placement(dialog);
    expect(onScreen(box, viewport)).toBe(true);
    expect(overflowsSideways).toBe(false);
    // Taller than the screen, it scrolls inside: its last row can be brought into view within it.
    const close = dialog.getByRole('button', { name: UI_TEXT.en.dismiss });
    await close.scrollIntoViewIfNeeded();
    const closeBox = (await close.boundingBox())!;
    expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(viewport.height);

    for (const key of ['Tab', 'Shift+Tab'] as const) {
      const visits = await focusRound(page, key, dialog);
      expect(visits.filter((visit) => visit.startsWith('behind'))).toEqual([]);
      expect(visits).toContain(`dialog: ${UI_TEXT.en.dismiss}`);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });
});
