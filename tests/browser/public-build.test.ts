import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { LANGS } from '../../slides/types';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { deckPageFile } from '../../src/page/deck-page';
import { decodeCanvas, newPage, openDeck, openSpeakerView, useSite } from './support';

// Built here, into a folder of its own, so the other tests keep the speaker's build in dist/; with a
// public address, as `VITE_PUBLIC_URL=… npm run build:site` would publish it.
const PUBLIC_URL = 'https://decks.example.org/safe-internet/';
const outDir = mkdtempSync(join(tmpdir(), 'deck-public-'));
beforeAll(async () => {
  process.env['VITE_PUBLIC_URL'] = PUBLIC_URL;
  try {
    await build({ mode: 'public', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env['VITE_PUBLIC_URL'];
  }
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));
const site = useSite({ dist: outDir });

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)],
  );

describe('public build', () => {
  it('contains no speaker note anywhere in its output', () => {
    const output = filesUnder(outDir).map((file) => readFileSync(file, 'latin1'));
    const text = Buffer.from(output.join('\n'), 'latin1').toString('utf8');
    const notes = DECKS.flatMap((deck) => deck.slides.flatMap((slide) => LANGS.flatMap((lang) => slide.notes[lang])));
    expect(notes.length).toBeGreaterThan(50);
    expect(notes.filter((note) => text.includes(note) || text.includes(JSON.stringify(note).slice(1, -1)))).toEqual([]);
  });

  it('writes each deck page with its slides in its HTML, in its language, and not one speaker note', () => {
    for (const deck of DECKS)
      for (const lang of LANGS) {
        const { document } = parseHTML(readFileSync(join(outDir, deckPageFile(deck.id, lang)), 'utf8'));
        const sections = [...document.querySelectorAll('#deck .slides > section')];
        expect(sections.map((section) => section.querySelector('h1, h2')?.textContent)).toEqual(
          deck.slides.map((slide) => slide.text[lang].title),
        );
        expect(sections.map((section) => section.querySelector('aside.notes')?.textContent)).toEqual(
          deck.slides.map(() => UI_TEXT[lang].notesNotIncluded),
        );
      }
  });

  it('offers the slides as PDF but not the handout, which carries the notes', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=en`);
    await page.waitForSelector('.deck-card-link');
    expect(
      await page.locator('.downloads a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href'))),
    ).toEqual(DECKS.map((deck) => `pdf/${deck.id}-en.pdf`));
  });

  it.each(DECKS.map((deck) => [deck.id, deck] as const))(
    '%s: the closing slide shows the public address as a QR code, in the current language',
    async (deckId, deck) => {
      const page = await newPage(site);
      await openDeck(page, site, `?deck=${deckId}&lang=en#/${deck.slides.length - 1}`);
      const canvas = page.locator('section.present .closing-qr canvas');
      await expect.poll(() => canvas.getAttribute('data-drawn')).toBe('');
      expect(await decodeCanvas(canvas)).toBe(`${PUBLIC_URL}${deckId}-en.html?deck=${deckId}&lang=en`);
      await page.keyboard.press('l');
      await expect
        .poll(() => decodeCanvas(page.locator('section.present .closing-qr canvas')))
        .toBe(`${PUBLIC_URL}${deckId}-th.html?deck=${deckId}&lang=th`);
    },
  );

  it('shares the slide at the public address with Q, wherever the deck is opened from', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th#/3');
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: UI_TEXT.th.shareTitle });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect
      .poll(() => decodeCanvas(dialog.locator('canvas')))
      .toBe(`${PUBLIC_URL}dsi-th.html?deck=dsi&lang=th#/3`);
  });

  it('gives crawlers each deck page’s preview image at its public address', () => {
    for (const deck of DECKS)
      for (const lang of LANGS) {
        const html = readFileSync(join(outDir, `${deck.id}-${lang}.html`), 'utf8');
        expect(/<meta\s+property="og:image"\s+content="([^"]+)"/.exec(html)?.[1]).toBe(
          `${PUBLIC_URL}social/${deck.id}-${lang}.png`,
        );
      }
  });

  it('tells the speaker view that notes are not included', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en#/1');
    const { notes } = await openSpeakerView(page);
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).toBe(UI_TEXT.en.notesNotIncluded);
  });
});
