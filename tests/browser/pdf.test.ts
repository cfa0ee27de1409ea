import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { build, type Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { exportPdfs, pdfFileName, printViewOf, type PdfFile, type PdfJob } from '../../scripts/pdf/export.mjs';
import { openPrinter, printDeck } from '../../scripts/pdf/print.mjs';
import { collectStrings, findThaiProblems } from '../../scripts/thai/orthography.mjs';
import { DECKS, findDeck } from '../../slides/decks';
import { LANGS, type DeckModule, type Lang, type SlideModule } from '../../slides/types';
import { LONG_NOTES } from '../fixtures/long-notes';
import { glyphMismatch, screenshotSlides, type SlideShot } from './pdf-images';
import {
  readPdfBoxText,
  readPdfFonts,
  readPdfInfo,
  readPdfPageSizes,
  readPdfPageTexts,
  readPdfWords,
  renderPdfBox,
  renderPdfPages,
  type PageBox,
} from './pdf-poppler';
import { DECK_LANGS, DIST, newPage, uiText, useSite } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Differing pixels per edge pixel of the screen. Sarabun drawn by poppler against Sarabun drawn by
// Chromium stays near 0.2 at most on every slide; with the Thai swapped for Noto Sans Thai every Thai
// slide is at 0.45 or more.
const MAX_GLYPH_MISMATCH = 0.3;
// Thai drawn by another face: the system's Noto Sans Thai for Thai code points only, Sarabun for the rest.
const WRONG_THAI_FONT = `
  @font-face { font-family: 'Wrong Thai'; font-weight: 400; unicode-range: U+0E00-0E7F; src: local('Noto Sans Thai Regular'), local('NotoSansThai-Regular'); }
  @font-face { font-family: 'Wrong Thai'; font-weight: 700; unicode-range: U+0E00-0E7F; src: local('Noto Sans Thai Bold'), local('NotoSansThai-Bold'); }
  :root { --font-body: 'Wrong Thai', 'Sarabun', sans-serif; }`;
// The paper as pdfinfo names it, portrait, in points (Chromium rounds A4 to 594.96 × 841.92).
const PAPER = {
  a4: { name: 'A4', width: 595.28, height: 841.89 },
  letter: { name: 'letter', width: 612, height: 792 },
} as const;
// A handout's slide is printed at half size: drawn at twice 96 dpi it has the screen's pixels.
const HANDOUT_SLIDE_SCALE = 2;

const site = useSite();
const outDir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
let exported: PdfFile[] = [];

beforeAll(async () => {
  exported = await exportPdfs({ distDir: DIST, outDir });
}, 180_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

// Extraction breaks lines where the layout does; compare text with its whitespace dropped.
const squeeze = (text: string) => text.replace(/\s+/g, '');
// pdftotext also drops a hyphen that ends a line ("cross-" "border" comes out "crossborder").
const squeezeHyphens = (text: string) => squeeze(text).replaceAll('-', '');
const titleOf = (slide: SlideModule, lang: Lang) => slide.text[lang].title;
const pathIn = (dir: string, job: PdfJob) => join(dir, pdfFileName(job));
const asLang = (lang: string): Lang => LANGS.find((known) => known === lang)!;

/** The handouts of a deck: one per language, and the bilingual one. */
const handoutsOf = (deck: DeckModule): PdfJob[] => [
  ...LANGS.map((lang): PdfJob => ({ deck: deck.id, kind: 'notes', lang })),
  { deck: deck.id, kind: 'bilingual' },
];

/** The language a handout's slides, headings and footer are in, and its notes' languages in column order. */
const languagesOf = (deck: DeckModule, job: PdfJob): { page: Lang; notes: readonly Lang[] } =>
  job.kind === 'bilingual'
    ? { page: deck.mainLang, notes: LANGS }
    : { page: asLang(job.lang), notes: [asLang(job.lang)] };

/** One sheet of a handout as its print view lays it out; boxes are relative to the sheet, which is a page. */
interface SheetLayout {
  /** The slide whose notes it holds, from 1. */
  slide: number;
  /** The slide itself: on the slide's first sheet only. */
  frame: PageBox | null;
  /** The box the notes must keep inside. */
  notes: PageBox;
  /** One per notes language, in order. */
  columns: { lang: string; box: PageBox }[];
}

/** Runs in a tab before its print view opens. */
type Setup = (page: Page) => Promise<void>;

/** Where the print view puts a handout's slides and notes, sheet by sheet: where the PDF is read. */
async function readHandoutLayout(
  browser: Browser,
  siteUrl: string,
  job: PdfJob,
  setup?: Setup,
): Promise<SheetLayout[]> {
  const printer = await openPrinter(browser, siteUrl);
  try {
    await setup?.(printer.page);
    await printer.open(printViewOf(job));
    return await printer.page.$$eval('.handout-sheet', (sheets) =>
      sheets.map((sheet) => {
        const origin = sheet.getBoundingClientRect();
        const boxOf = (element: Element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x: x - origin.x, y: y - origin.y, width, height };
        };
        const frame = sheet.querySelector('.handout-slide');
        return {
          slide: Number((sheet as HTMLElement).dataset['slide']),
          frame: frame && boxOf(frame),
          notes: boxOf(sheet.querySelector('.handout-notes')!),
          columns: [...sheet.querySelectorAll<HTMLElement>('.handout-column')].map((column) => ({
            lang: column.lang,
            box: boxOf(column),
          })),
        };
      }),
    );
  } finally {
    await printer.close();
  }
}

/** Every page of the PDF is portrait paper of this size, as pdfinfo reads it. */
function expectPaper(path: string, paper: keyof typeof PAPER): void {
  expect(readPdfInfo(path).paper, path).toBe(PAPER[paper].name);
  for (const size of readPdfPageSizes(path)) {
    expect(size.width, path).toBeCloseTo(PAPER[paper].width, -0.5);
    expect(size.height, path).toBeCloseTo(PAPER[paper].height, -0.5);
  }
}

/**
 * What a reader of a handout finds: a page per sheet on the paper, each with the deck's title and its
 * page number in the footer; each slide's first page with the slide, later ones headed with its number;
 * every note of every slide, in each column's language, once and in order across the slide's pages;
 * no line cut at the foot of the notes.
 */
function expectHandout(path: string, deck: DeckModule, job: PdfJob, sheets: SheetLayout[], paper: keyof typeof PAPER) {
  const langs = languagesOf(deck, job);
  expect(readPdfInfo(path).pages, `${path}: a page per sheet`).toBe(sheets.length);
  expectPaper(path, paper);
  // Each slide's sheets in slide order, the first with the slide.
  expect(sheets.map((sheet) => sheet.slide)).toEqual(
    deck.slides.flatMap((_, index) => sheets.filter((sheet) => sheet.slide === index + 1).map(() => index + 1)),
  );
  expect(
    sheets.filter((sheet, i) => (sheet.frame !== null) !== (sheets[i - 1]?.slide !== sheet.slide)),
    'the slide on its first sheet only',
  ).toEqual([]);

  const texts = readPdfPageTexts(path);
  const words = readPdfWords(path);
  sheets.forEach((sheet, i) => {
    const page = squeeze(texts[i]!);
    const where = `${path}, page ${i + 1}`;
    expect(page, where).toContain(squeeze(deck.about[langs.page].title));
    expect(page, where).toContain(squeeze(uiText(langs.page, 'handoutPage', { page: i + 1, pages: sheets.length })));
    if (sheet.frame) expect(page, where).toContain(squeeze(titleOf(deck.slides[sheet.slide - 1]!, langs.page)));
    const foot = sheet.notes.y + sheet.notes.height;
    const cut = words[i]!.filter(
      ({ box }) =>
        sheet.columns.some((column) => box.x >= column.box.x - 1 && box.x < column.box.x + column.box.width) &&
        box.y < foot &&
        box.y + box.height > foot + 0.5,
    );
    expect(cut, `${where}: words cut at the foot of the notes`).toEqual([]);
  });

  deck.slides.forEach((slide, index) => {
    const own = sheets.flatMap((sheet, page) => (sheet.slide === index + 1 ? [{ sheet, page: page + 1 }] : []));
    langs.notes.forEach((lang, column) => {
      let begun = false;
      const pieces = own.map(({ sheet, page }) => {
        // The column, as far as it lies in the notes' box (side by side or one above the other).
        const { x, y, width, height } = sheet.columns[column]!.box;
        const top = Math.max(y, sheet.notes.y);
        const bottom = Math.min(y + height, sheet.notes.y + sheet.notes.height);
        const text =
          bottom > top ? squeeze(readPdfBoxText(path, page, { x, width, y: top, height: bottom - top })) : '';
        // A language whose notes have ended, or (one above the other) wait for the other's, leaves its column empty.
        if (text === '') return '';
        const heading = squeeze(uiText(lang, begun ? 'notesContinued' : 'notesPageHeading', { number: index + 1 }));
        begun = true;
        expect(text.startsWith(heading), `${path}, page ${page}, ${lang}: headed “${heading}”, not “${text}”`).toBe(
          true,
        );
        return text.slice(heading.length);
      });
      expect(squeezeHyphens(pieces.join('')), `${path}, slide ${index + 1}, its ${lang} notes`).toBe(
        squeezeHyphens(slide.notes[lang].join('')),
      );
    });
  });
}

// Each deck's slides as the screen shows them, taken once for the slides' and the handouts' comparisons.
const shots = new Map<string, Promise<SlideShot[]>>();
const screensOf = (deck: DeckModule, lang: Lang): Promise<SlideShot[]> => {
  const key = `${deck.id}-${lang}`;
  if (!shots.has(key)) shots.set(key, screenshotSlides(site, deck, lang));
  return shots.get(key)!;
};

/** The slides of a handout, each cut out of its first page at the screen's size. */
const handoutSlides = (path: string, sheets: SheetLayout[]): PNG[] =>
  sheets.flatMap((sheet, i) => (sheet.frame ? [renderPdfBox(path, i + 1, sheet.frame, HANDOUT_SLIDE_SCALE)] : []));

const mismatchesOf = (images: PNG[], screens: SlideShot[]) =>
  screens.map((screen, index) => glyphMismatch(images[index]!, screen));
const describeMismatches = (mismatches: number[]) => `mismatch per slide: ${mismatches.map((m) => m.toFixed(2))}`;

const swapThaiFont = async (page: Page) => {
  await page.addStyleTag({ content: WRONG_THAI_FONT });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** The same comparison fails on a print of `job` whose Thai is drawn by another font. */
async function expectWrongFontToShow(job: PdfJob, screens: SlideShot[], cutOut: (path: string) => PNG[]) {
  const wrongPdf = join(outDir, `wrong-font-${pdfFileName(job)}`);
  writeFileSync(wrongPdf, await printDeck(site.browser, site.url, printViewOf(job), { prepare: swapThaiFont }));
  expect(
    readPdfFonts(wrongPdf)
      .map((font) => font.name)
      .join(' '),
  ).toContain('NotoSansThai');
  const wrong = mismatchesOf(cutOut(wrongPdf), screens);
  expect(
    wrong.filter((mismatch) => mismatch <= MAX_GLYPH_MISMATCH),
    describeMismatches(wrong),
  ).toEqual([]);
}

function expectThaiIntact(path: string, lang: Lang | 'both') {
  const text = readPdfPageTexts(path).join('\n');
  expect(findThaiProblems(text), path).toEqual([]);
  if (lang !== 'en') expect(text, path).toContain('\u0E33');
}

function expectOnlySarabun(path: string) {
  const fonts = readPdfFonts(path);
  expect(fonts.length, path).toBeGreaterThan(0);
  expect(
    fonts.filter((font) => !font.embedded || !/^[A-Z]{6}\+Sarabun-/.test(font.name)),
    path,
  ).toEqual([]);
}

const runCli = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ['scripts/pdf/cli.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8' });

describe('npm run pdf', () => {
  it('writes, for every deck the site has, its slides and handout in each language and its bilingual handout', () => {
    const expected = DECKS.flatMap((deck) => [
      ...LANGS.map((lang) => pdfFileName({ deck: deck.id, kind: 'slides', lang })),
      ...handoutsOf(deck).map(pdfFileName),
    ]);
    expect(exported.map((file) => file.file).sort()).toEqual(expected.sort());
  });

  it('writes exactly the PDFs the landing page links to, in either language', async () => {
    const page = await newPage(site);
    const links = new Set<string>();
    for (const lang of LANGS) {
      await page.goto(`${site.url}?lang=${lang}`);
      await page.waitForSelector('#landing .downloads a');
      for (const href of await page
        .locator('#landing .downloads a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))))
        links.add(href!);
    }
    expect([...links].sort()).toEqual(exported.map((file) => `pdf/${file.file}`).sort());
  });

  it('stops with a clear message, not a stack trace, when Chromium cannot be found', () => {
    const run = runCli(['--out', join(outDir, 'unused')], { ...process.env, CHROME_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Chromium was not found');
    expect(run.stderr).toContain('CHROME_PATH');
    expect(run.stderr).toContain('/nonexistent/chromium');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('names the decks and languages the site has when asked for others, and the papers it knows, without a stack trace', () => {
    const out = ['--out', join(outDir, 'unused'), '--no-build'];
    const known = (values: string[]) => [...values].sort().join(', ');
    const cases = [
      [['--deck', 'nosuch'], `unknown deck "nosuch" (the site has: ${known(DECKS.map((deck) => deck.id))})`],
      [['--lang', 'fr'], `unknown language "fr" (the site has: ${known([...LANGS])})`],
      [['--paper', 'a3'], 'unknown paper "a3" (known: a4, letter)'],
    ] as const;
    for (const [args, message] of cases) {
      const run = runCli([...args, ...out]);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    }
  });

  it('exports a subset with --deck and --lang, one progress line per file and a total; the bilingual handout needs both languages', () => {
    const run = runCli(['--deck', 'dsi', '--lang', 'en', '--out', join(outDir, 'subset'), '--no-build']);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // Files are exported in parallel, so a file's line comes when that file is done: in either order.
    const fileLines = lines.slice(0, 2).sort();
    expect(fileLines[0]).toMatch(/^dsi-en-notes\.pdf +7 pages +\d+ kB +\d+\.\d\d s$/);
    expect(fileLines[1]).toMatch(/^dsi-en\.pdf +7 pages +\d+ kB +\d+\.\d\d s$/);
    expect(lines[2]).toMatch(/^2 PDFs, 14 pages, .+ in \d+\.\d\d s → /);
  });

  it('prints the handouts on Letter with --paper letter', () => {
    const dir = join(outDir, 'letter');
    const run = runCli(['--deck', 'dsi', '--kind', 'notes,bilingual', '--paper', 'letter', '--out', dir, '--no-build']);
    expect(run.status, run.stderr).toBe(0);
    const dsi = findDeck('dsi')!;
    for (const job of handoutsOf(dsi)) {
      expectPaper(pathIn(dir, job), 'letter');
      expect(readPdfInfo(pathIn(dir, job)).pages).toBe(dsi.slides.length);
    }
  });
});

describe.each(DECK_LANGS.map(({ deck, lang }) => ({ id: deck.id, deck, lang })))('$id in $lang', ({ deck, lang }) => {
  const slidesPdf = () => pathIn(outDir, { deck: deck.id, kind: 'slides', lang });
  const handout: PdfJob = { deck: deck.id, kind: 'notes', lang };
  const handoutPdf = () => pathIn(outDir, handout);

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
    for (const path of [slidesPdf(), handoutPdf()]) expectThaiIntact(path, lang);
  });

  it('embeds the deck’s own font, Sarabun, and no other', () => {
    for (const path of [slidesPdf(), handoutPdf()]) expectOnlySarabun(path);
  });

  it('handout: one A4 page per slide, the slide above its notes, every note in order, the deck’s title and the page number beneath', async () => {
    const sheets = await readHandoutLayout(site.browser, site.url, handout);
    expectHandout(handoutPdf(), deck, handout, sheets, 'a4');
    expect(exported.find((file) => file.path === handoutPdf())?.pages).toBe(sheets.length);
    // Every slide's notes fit beneath it today; the long-notes fixture below runs on.
    expect(sheets).toHaveLength(deck.slides.length);
  });

  it('draws every slide as the screen does, glyph for glyph', async () => {
    const screens = await screensOf(deck, lang);
    const mismatches = mismatchesOf(renderPdfPages(slidesPdf()), screens);
    expect(
      mismatches.filter((mismatch) => mismatch > MAX_GLYPH_MISMATCH),
      describeMismatches(mismatches),
    ).toEqual([]);
    if (lang === 'th')
      await expectWrongFontToShow({ deck: deck.id, kind: 'slides', lang }, screens, (path) => renderPdfPages(path));
  }, 120_000);

  it('handout: draws every slide as the screen does, at half size', async () => {
    const screens = await screensOf(deck, lang);
    const sheets = await readHandoutLayout(site.browser, site.url, handout);
    const mismatches = mismatchesOf(handoutSlides(handoutPdf(), sheets), screens);
    expect(
      mismatches.filter((mismatch) => mismatch > MAX_GLYPH_MISMATCH),
      describeMismatches(mismatches),
    ).toEqual([]);
    if (lang === 'th') await expectWrongFontToShow(handout, screens, (path) => handoutSlides(path, sheets));
  }, 120_000);
});

describe.each(DECKS.map((deck) => ({ id: deck.id, deck })))('$id: the bilingual handout', ({ deck }) => {
  const job: PdfJob = { deck: deck.id, kind: 'bilingual' };
  const path = () => pathIn(outDir, job);

  it(`shows the slides in the deck’s main language, the Thai and the English notes side by side beneath, each in its own language`, async () => {
    const sheets = await readHandoutLayout(site.browser, site.url, job);
    expectHandout(path(), deck, job, sheets, 'a4');
    expect(sheets).toHaveLength(deck.slides.length);
    for (const { columns } of sheets) {
      expect(columns.map((column) => column.lang)).toEqual([...LANGS]);
      const [thai, english] = columns.map((column) => column.box);
      expect(english!.x, 'English to the right of Thai').toBeGreaterThanOrEqual(thai!.x + thai!.width);
    }
  });

  it('copies back as the same Thai and embeds Sarabun alone', () => {
    expectThaiIntact(path(), 'both');
    expectOnlySarabun(path());
  });

  it('draws every slide as the screen does in the deck’s main language', async () => {
    const screens = await screensOf(deck, deck.mainLang);
    const sheets = await readHandoutLayout(site.browser, site.url, job);
    const mismatches = mismatchesOf(handoutSlides(path(), sheets), screens);
    expect(
      mismatches.filter((mismatch) => mismatch > MAX_GLYPH_MISMATCH),
      describeMismatches(mismatches),
    ).toEqual([]);
  }, 120_000);
});

describe('handout notes longer than a page', () => {
  // The fixture: the site built with the long notes after the first slide's own, in both languages.
  const deck = DECKS[0]!;
  const FIXTURE_SLIDE = new RegExp(`[\\\\/]slides[\\\\/]${deck.id}[\\\\/]\\d+-${deck.slides[0]!.id}\\.ts$`);
  const withLongNotes = (): Plugin => ({
    name: 'long-notes-fixture',
    enforce: 'pre',
    transform(code, id) {
      if (!FIXTURE_SLIDE.test(id)) return null;
      const long = JSON.stringify(LONG_NOTES);
      return {
        code:
          `${code.replace('export default defineSlide(', 'const slide = defineSlide(')}\n` +
          `const long = ${long};\n` +
          'export default { ...slide, notes: { th: [...slide.notes.th, ...long.th], en: [...slide.notes.en, ...long.en] } };\n',
        map: null,
      };
    },
  });
  const longDeck: DeckModule = {
    ...deck,
    slides: deck.slides.map((slide, index) =>
      index === 0
        ? { ...slide, notes: { th: [...slide.notes.th, ...LONG_NOTES.th], en: [...slide.notes.en, ...LONG_NOTES.en] } }
        : slide,
    ),
  };
  const fixtureDist = mkdtempSync(join(tmpdir(), 'pdf-long-notes-'));
  const fixtureOut = join(fixtureDist, 'pdf');
  let fixtureUrl = '';
  let closeServer = async () => {};
  beforeAll(async () => {
    await build({ logLevel: 'silent', build: { outDir: fixtureDist, emptyOutDir: true }, plugins: [withLongNotes()] });
    await exportPdfs({ distDir: fixtureDist, outDir: fixtureOut, decks: [deck.id], kinds: ['notes', 'bilingual'] });
    const server = await serveStatic(fixtureDist);
    fixtureUrl = server.url;
    closeServer = () => server.close();
  }, 180_000);
  afterAll(async () => {
    await closeServer();
    rmSync(fixtureDist, { recursive: true, force: true });
  });

  it.each(handoutsOf(deck).map((job) => [pdfFileName(job), job] as const))(
    '%s: run on to pages headed with the slide’s number, every word once and in order, none cut, the next slide on a page of its own',
    async (_, job) => {
      const sheets = await readHandoutLayout(site.browser, fixtureUrl, job);
      // More than a page of notes after the slide's own page, then every other slide on one page.
      expect(sheets.filter((sheet) => sheet.slide === 1).length).toBeGreaterThan(2);
      expect(sheets.length - sheets.filter((sheet) => sheet.slide === 1).length).toBe(deck.slides.length - 1);
      expectHandout(pathIn(fixtureOut, job), longDeck, job, sheets, 'a4');
    },
  );

  it('stacks the Thai and the English notes where two columns would be too narrow, and runs both on in turn', async () => {
    const job: PdfJob = { deck: deck.id, kind: 'bilingual' };
    // A slide at a third of its size leaves its width to the notes: too narrow for two columns of text.
    const narrow: Setup = async (page) => {
      await page.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () =>
          document.head.append(
            Object.assign(document.createElement('style'), {
              textContent: '.handout-sheet { --handout-scale: 0.3 !important; }',
            }),
          ),
        ),
      );
    };
    const sheets = await readHandoutLayout(site.browser, fixtureUrl, job, narrow);
    const printer = await openPrinter(site.browser, fixtureUrl);
    const path = join(fixtureOut, 'narrow-bilingual-notes.pdf');
    try {
      await narrow(printer.page);
      writeFileSync(path, (await printer.print(printViewOf(job))).pdf);
    } finally {
      await printer.close();
    }
    expectHandout(path, longDeck, job, sheets, 'a4');
    const stacked = sheets.filter(({ columns }) => columns.every((column) => column.box.height > 0));
    expect(stacked.length).toBeGreaterThan(0);
    for (const { columns } of stacked) {
      const [thai, english] = columns.map((column) => column.box);
      expect(english!.y, 'English beneath Thai').toBeGreaterThanOrEqual(thai!.y + thai!.height);
    }
  });
});
