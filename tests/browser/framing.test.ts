import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { LANGS } from '../../slides/types';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { framedMessages, newPage, openInForeignFrame, useSite } from './support';

const site = useSite();
const dsi = findDeck('dsi')!;

/** Posts `message` (reveal.js's postMessage API speaks JSON strings) from the foreign page to `target`. */
const postFromForeignPage = (page: Page, target: 'frame' | 'opened', message: object) =>
  page.evaluate(
    ([target, data]) => {
      const foreign = window as unknown as { opened?: Window };
      const into = target === 'frame' ? document.querySelector('iframe')!.contentWindow! : foreign.opened!;
      into.postMessage(data, '*');
    },
    [target, JSON.stringify(message)] as const,
  );

const notesIn = (messages: unknown[]) =>
  messages.filter((data) => dsi.slides.some((slide) => JSON.stringify(data).includes(slide.notes.en[0]!)));

describe('another site framing the deck', () => {
  it('sees a notice in both languages and a link to the deck, not the deck', async () => {
    const page = await newPage(site);
    const src = `${site.url}?deck=dsi&lang=en#/2`;
    const frame = await openInForeignFrame(page, src);
    const notice = frame.getByRole('alert');
    for (const lang of LANGS) {
      await expect.poll(() => notice.locator(`p[lang="${lang}"]`).textContent()).toContain(UI_TEXT[lang].framedNotice);
      expect(await notice.getByRole('link', { name: UI_TEXT[lang].framedOpen }).getAttribute('href')).toBe(src);
    }
    expect(await frame.locator('.reveal:not([hidden]), .landing:not([hidden])').count()).toBe(0);
    // Nothing there answers reveal.js's postMessage API.
    await postFromForeignPage(page, 'frame', { method: 'slide', args: [4] });
    await postFromForeignPage(page, 'frame', { method: 'getSlideNotes' });
    await page.waitForTimeout(1000);
    expect(await framedMessages(page)).toEqual([]);
  });

  it('gets no notes from a speaker-view preview framed with reveal.js’s events on', async () => {
    const page = await newPage(site);
    const frame = await openInForeignFrame(page, `${site.url}?deck=dsi&lang=en&receiver&postMessageEvents=true#/2`);
    await expect.poll(() => frame.getByRole('alert').textContent()).toContain(UI_TEXT.en.framedNotice);
    await postFromForeignPage(page, 'frame', { method: 'getSlideNotes' });
    await postFromForeignPage(page, 'frame', { method: 'slide', args: [4] });
    await page.waitForTimeout(1000);
    const messages = await framedMessages(page);
    expect(notesIn(messages)).toEqual([]);
    expect(messages).toEqual([]);
  });
});

describe('another site opening the deck in a window of its own', () => {
  it('can neither move its slides nor pose as its speaker view', async () => {
    const page = await newPage(site);
    // A page of another origin (the frame is left empty), which opens the deck and keeps a handle on it.
    await openInForeignFrame(page, 'about:blank');
    const [deck] = await Promise.all([
      page.context().waitForEvent('page'),
      page.evaluate((url) => {
        (window as unknown as { opened: Window | null }).opened = window.open(url);
      }, `${site.url}?deck=dsi&lang=en#/2`),
    ]);
    await deck.waitForSelector('.reveal.ready');
    const slide = () => deck.$eval('section.present', (section) => section.getAttribute('data-slide-id'));
    expect(await slide()).toBe(dsi.slides[2]!.id);

    await postFromForeignPage(page, 'opened', { method: 'slide', args: [4] });
    await postFromForeignPage(page, 'opened', { method: 'setState', args: [{ indexh: 5, indexv: 0 }] });
    // The speaker view's calls: a heartbeat (which would make the deck report to it) and an API call.
    await postFromForeignPage(page, 'opened', { namespace: 'reveal-notes', type: 'heartbeat' });
    await page.waitForTimeout(1500);
    await postFromForeignPage(page, 'opened', {
      namespace: 'reveal-notes',
      type: 'call',
      callId: 1,
      methodName: 'getSlideNotes',
      arguments: [],
    });
    await deck.keyboard.press('ArrowRight');
    await page.waitForTimeout(1000);
    expect(await slide()).toBe(dsi.slides[3]!.id);
    expect(notesIn(await framedMessages(page))).toEqual([]);
  });
});
