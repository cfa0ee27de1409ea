import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs, pdfFileName, printViewQuery, type PdfFile, type PdfKind } from '../../scripts/pdf/export.mjs';
import { printDeck } from '../../scripts/pdf/print.mjs';
import { collectStrings, findThaiProblems } from '../../scripts/thai/orthography.mjs';
import { DECKS } from '../../slides/decks';
import { LANGS, type DeckModule, type Lang, type SlideModule } from '../../slides/types';
import { glyphMismatch, screenshotSlides } from './pdf-images';
import { readPdfFonts, readPdfInfo, readPdfPageTexts, renderPdfPages } from './pdf-poppler';
import { DECK_LANGS, DIST, useSite } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KINDS: readonly PdfKind[] = ['slides', 'notes'];
// Differing pixels per edge pixel of the screen. Sarabun drawn by poppler against Sarabun drawn by
// Chromium stays near 0.2 at most on every slide; with the Thai swapped for Noto Sans Thai every Thai
// slide is at 0.45 or more.
const MAX_GLYPH_MISMATCH = 0.3;
// Thai drawn by another face: the system's Noto Sans Thai for Thai code points only, Sarabun for the rest.
const WRONG_THAI_FONT = `
  @font-face { font-family: 'Wrong Thai'; font-weight: 400; unicode-range: U+0E00-0E7F; src: local('Noto Sans Thai Regular'), local('NotoSansThai-Regular'); }
  @font-face { font-family: 'Wrong Thai'; font-weight: 700; unicode-range: U+0E00-0E7F; src: local('Noto Sans Thai Bold'), local('NotoSansThai-Bold'); }
  :root { --font-body: 'Wrong Thai', 'Sarabun', sans-serif; }`;

const site = useSite();
const outDir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
let exported: PdfFile[] = [];

beforeAll(async () => {
  exported = await exportPdfs({ distDir: DIST, outDir });
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Extraction breaks lines where the layout does; compare text with its whitespace dropped.
const squeeze = (text: string) => text.replace(/\s+/g, '');
const titleOf = (slide: SlideModule, lang: Lang) => slide.text[lang].title;
const notesOf = (slide: SlideModule, lang: Lang) => slide.notes[lang].join(' ');
const pathOf = (deck: DeckModule, lang: Lang, kind: PdfKind) =>
  join(outDir, pdfFileName({ deck: deck.id, lang, kind }));
// The heading print.css gives each notes page, in the deck's language.
const NOTES_HEADING: Record<Lang, (slideNumber: number) => string> = {
  th: (n) => `บันทึกผู้บรรยาย สไลด์ที่ ${n}`,
  en: (n) => `Speaker notes, slide ${n}`,
};

describe('npm run pdf', () => {
  it('writes every deck the site lists, in both languages, as slides and handout', () => {
    const expected = DECKS.flatMap((deck) =>
      LANGS.flatMap((lang) => KINDS.map((kind) => pdfFileName({ deck: deck.id, lang, kind }))),
    );
    expect(exported.map((file) => file.file).sort()).toEqual(expected.sort());
  });

  it('stops with a clear message, not a stack trace, when Chromium cannot be found', () => {
    const run = spawnSync(process.execPath, ['scripts/pdf/cli.mjs', '--out', join(outDir, 'unused')], {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium was not found');
    expect(run.stderr).toContain('CHROME_PATH');
    expect(run.stderr).toContain('/nonexistent/chromium');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('names the decks the site has when asked for one it does not, without a stack trace', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/pdf/cli.mjs', '--deck', 'nosuch', '--out', join(outDir, 'unused'), '--no-build'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`unknown deck "nosuch" (the site has: ${DECKS.map((deck) => deck.id).join(', ')})`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('exports a subset with --deck and --lang, one progress line per file and a total', () => {
    const subsetDir = join(outDir, 'subset');
    const run = spawnSync(
      process.execPath,
      ['scripts/pdf/cli.mjs', '--deck', 'dsi', '--lang', 'en', '--out', subsetDir, '--no-build'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // Files are exported in parallel, so a file's line comes when that file is done: in either order.
    const fileLines = lines.slice(0, 2).sort();
    expect(fileLines[0]).toMatch(/^dsi-en-notes\.pdf +14 pages +\d+ kB +\d+\.\d\d s$/);
    expect(fileLines[1]).toMatch(/^dsi-en\.pdf +7 pages +\d+ kB +\d+\.\d\d s$/);
    expect(lines[2]).toMatch(/^2 PDFs, 21 pages, .+ in \d+\.\d\d s → /);
  });
});

describe.each(DECK_LANGS.map(({ deck, lang }) => ({ id: deck.id, deck, lang })))('$id in $lang', ({ deck, lang }) => {
  const slidesPdf = () => pathOf(deck, lang, 'slides');
  const notesPdf = () => pathOf(deck, lang, 'notes');

  it('slides: one 16:9 page per slide, in order, each with its title and all its text, selectable', () => {
    const info = readPdfInfo(slidesPdf());
    expect(info.pages).toBe(deck.slides.length);
    expect(info.width / info.height).toBeCloseTo(16 / 9, 3);
    // The count the progress line printed is the one a PDF reader sees.
    expect(exported.find((file) => file.path === slidesPdf())?.pages).toBe(info.pages);
    const pages = readPdfPageTexts(slidesPdf());
    expect(pages).toHaveLength(deck.slides.length);
    deck.slides.forEach((slide, index) => {
      const page = squeeze(pages[index]!);
      expect(page, `page ${index + 1}`).toContain(squeeze(titleOf(slide, lang)));
      for (const [path, text] of collectStrings(slide.text[lang]))
        expect(page, `page ${index + 1}, ${path}`).toContain(squeeze(text));
    });
  });

  it('copies back as the same Thai: sara am as U+0E33, marks in order, nothing damaged', () => {
    for (const path of [slidesPdf(), notesPdf()]) {
      const text = readPdfPageTexts(path).join('\n');
      expect(findThaiProblems(text), path).toEqual([]);
      if (lang === 'th') expect(text).toContain('\u0E33');
    }
  });

  it('embeds the deck’s own font, Sarabun, and no other', () => {
    for (const path of [slidesPdf(), notesPdf()]) {
      const fonts = readPdfFonts(path);
      expect(fonts.length, path).toBeGreaterThan(0);
      expect(
        fonts.filter((font) => !font.embedded || !/^[A-Z]{6}\+Sarabun-/.test(font.name)),
        path,
      ).toEqual([]);
    }
  });

  it('handout: every slide, then its full notes on the next page, headed in the deck’s language', () => {
    const pages = readPdfPageTexts(notesPdf());
    expect(readPdfInfo(notesPdf()).pages).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(deck.slides.length);
    // The notes fit a page today: each slide is one page, its notes the next.
    expect(pages).toHaveLength(deck.slides.length * 2);
    deck.slides.forEach((slide, index) => {
      const slidePage = squeeze(pages[index * 2]!);
      const notesPage = squeeze(pages[index * 2 + 1]!);
      expect(slidePage, `slide ${index + 1}`).toContain(squeeze(titleOf(slide, lang)));
      expect(notesPage, `notes of slide ${index + 1}`).toContain(squeeze(NOTES_HEADING[lang](index + 1)));
      expect(notesPage, `notes of slide ${index + 1}`).toContain(squeeze(notesOf(slide, lang)));
    });
  });

  it('draws every slide as the screen does, glyph for glyph', async () => {
    const screens = await screenshotSlides(site, deck, lang);
    const rendered = renderPdfPages(slidesPdf());
    const mismatches = screens.map((screen, index) => glyphMismatch(rendered[index]!, screen));
    expect(
      mismatches.filter((mismatch) => mismatch > MAX_GLYPH_MISMATCH),
      `mismatch per slide: ${mismatches.map((m) => m.toFixed(2))}`,
    ).toEqual([]);

    if (lang !== 'th') return;
    // The same comparison must fail on a PDF whose Thai is drawn by another font.
    const wrongPdf = join(outDir, `${deck.id}-th-wrong-font.pdf`);
    const swapThaiFont = async (page: Page) => {
      await page.addStyleTag({ content: WRONG_THAI_FONT });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    };
    writeFileSync(
      wrongPdf,
      await printDeck(site.browser, site.url, printViewQuery({ deck: deck.id, lang, kind: 'slides' }), {
        prepare: swapThaiFont,
      }),
    );
    expect(
      readPdfFonts(wrongPdf)
        .map((font) => font.name)
        .join(' '),
    ).toContain('NotoSansThai');
    const wrongRendered = renderPdfPages(wrongPdf);
    const wrongMismatches = screens.map((screen, index) => glyphMismatch(wrongRendered[index]!, screen));
    expect(
      wrongMismatches.filter((mismatch) => mismatch <= MAX_GLYPH_MISMATCH),
      `mismatch per slide: ${wrongMismatches.map((m) => m.toFixed(2))}`,
    ).toEqual([]);
  }, 120_000);
});

describe('handout notes longer than a page', () => {
  it('run on to the following pages instead of being cut off or covering the next slide', async () => {
    const deck = DECKS[0]!;
    const longNote = Array.from({ length: 40 }, (_, i) => `Long talking point ${i + 1} that keeps going.`).join(' ');
    const appendLongNote = async (page: Page) => {
      await page.$eval(
        '.speaker-notes-pdf ul',
        (list, text) => list.append(Object.assign(document.createElement('li'), { textContent: text })),
        longNote,
      );
    };
    const path = join(outDir, 'long-notes.pdf');
    writeFileSync(
      path,
      await printDeck(site.browser, site.url, printViewQuery({ deck: deck.id, lang: 'en', kind: 'notes' }), {
        prepare: appendLongNote,
      }),
    );
    const pages = readPdfPageTexts(path);
    // Every other slide still takes a page and its notes a page, at the end.
    const secondSlidePage = pages.length - (deck.slides.length - 1) * 2;
    expect(secondSlidePage).toBeGreaterThan(2);
    expect(squeeze(pages.slice(1, secondSlidePage).join(''))).toContain(
      squeeze(`${notesOf(deck.slides[0]!, 'en')} ${longNote}`),
    );
    expect(squeeze(pages[secondSlidePage]!)).toContain(squeeze(titleOf(deck.slides[1]!, 'en')));
    expect(squeeze(pages[secondSlidePage]!)).not.toContain('Longtalkingpoint');
  });
});
