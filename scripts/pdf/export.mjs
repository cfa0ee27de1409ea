// @ts-check
// Exports decks as PDF files: one Chromium and one local static server for the whole run, a tab per
// two cores printing side by side. Used by `npm run pdf`, `npm run bench:pdf` and the PDF tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../lib/browser.mjs';
import { countPdfPages } from './pages.mjs';
import { openPrinter } from './print.mjs';
import { serveStatic } from '../lib/static-server.mjs';

/** The languages every deck is written in (slides/types.ts `LANGS`). */
export const PDF_LANGS = /** @type {const} */ (['th', 'en']);

/**
 * `slides`: one page per slide. `notes`: the handout, each slide followed by its speaker notes.
 * @typedef {'slides' | 'notes'} PdfKind
 */
export const PDF_KINDS = /** @type {const} */ (['slides', 'notes']);

/**
 * @typedef {object} PdfJob
 * @property {string} deck deck id, as in `?deck=`
 * @property {string} lang `th` or `en`
 * @property {PdfKind} kind
 */

/**
 * @typedef {PdfJob & { file: string, path: string, pages: number, bytes: number, seconds: number, warnings: string[] }} PdfFile
 * `file` is the name, `path` where it was written, `seconds` the wall time of its page, `warnings`
 * what its readers cannot use.
 */

/**
 * @typedef {object} ExportOptions
 * @property {string} distDir the built site
 * @property {string} outDir where the PDFs go (created when missing)
 * @property {readonly string[] | undefined} [decks] deck ids (default: every deck the site's landing page lists)
 * @property {readonly string[]} [langs] languages (default: PDF_LANGS)
 * @property {readonly PdfKind[]} [kinds] which PDFs of each deck and language (default: PDF_KINDS)
 * @property {number} [concurrency] tabs printing side by side (default: DEFAULT_CONCURRENCY)
 * @property {(file: PdfFile) => void} [onFile] called as each file is written
 */

/**
 * Tabs printing side by side: one per two cores. A print keeps a renderer and the browser process busy;
 * on a 2-core machine two tabs took 6.8 s for the four slide PDFs where one tab took 5.2 s.
 */
export const DEFAULT_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));

/** The file a job writes: `dsi-th.pdf`, `dsi-th-notes.pdf`. @param {PdfJob} job */
export const pdfFileName = ({ deck, lang, kind }) => `${deck}-${lang}${kind === 'notes' ? '-notes' : ''}.pdf`;

/**
 * The query that opens a job's deck in reveal.js's print view. The handout asks reveal.js for each
 * slide's notes on a page of their own after the slide.
 * @param {PdfJob} job
 */
export const printViewQuery = ({ deck, lang, kind }) =>
  `?${new URLSearchParams({ deck, lang }).toString()}&print-pdf${kind === 'notes' ? '&showNotes=separate-page' : ''}`;

/**
 * Writes every deck × language × kind PDF into `outDir`; resolves with the files in job order.
 * @param {ExportOptions} options
 * @returns {Promise<PdfFile[]>}
 */
export async function exportPdfs({
  distDir,
  outDir,
  decks,
  langs = PDF_LANGS,
  kinds = PDF_KINDS,
  concurrency = DEFAULT_CONCURRENCY,
  onFile,
}) {
  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(distDir);
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    browser = await launchChromium();
    const open = browser;
    const first = await openPrinter(open, server.url);
    // The other tabs open while the first reads the deck list.
    const [siteDecks, others] = await Promise.all([
      listDecks(first.page, server.url),
      Promise.all(Array.from({ length: concurrency - 1 }, () => openPrinter(open, server.url))),
    ]);
    const printers = [first, ...others];
    const unknown = decks?.find((deck) => !siteDecks.includes(deck));
    if (unknown !== undefined) throw new Error(`unknown deck "${unknown}" (the site has: ${siteDecks.join(', ')})`);
    const jobs = (decks ?? siteDecks).flatMap((deck) =>
      langs.flatMap((lang) => kinds.map((kind) => ({ deck, lang, kind }))),
    );
    return await runOnPrinters(jobs, printers, async (printer, job) => {
      const file = await writePdf(printer, job, outDir);
      onFile?.(file);
      return file;
    });
  } finally {
    await browser?.close();
    await server.close();
  }
}

/**
 * Prints one job's PDF into `outDir`.
 * @param {import('./print.mjs').Printer} printer
 * @param {PdfJob} job
 * @param {string} outDir
 * @returns {Promise<PdfFile>}
 */
export async function writePdf(printer, job, outDir) {
  const started = performance.now();
  const { pdf, warnings } = await printer.print(printViewQuery(job));
  const file = pdfFileName(job);
  const path = join(outDir, file);
  await writeFile(path, pdf);
  return {
    ...job,
    file,
    path,
    pages: countPdfPages(pdf),
    bytes: pdf.length,
    seconds: (performance.now() - started) / 1000,
    warnings,
  };
}

/**
 * The deck ids the built site's landing page links to, in its order: the site says what it serves,
 * so a script never keeps its own list.
 * @param {import('playwright-core').Page} page
 * @param {string} siteUrl
 * @returns {Promise<string[]>}
 */
export async function listDecks(page, siteUrl) {
  /** @type {string[]} */
  const errors = [];
  const onError = (/** @type {Error} */ error) => errors.push(error.message);
  page.on('pageerror', onError);
  try {
    await page.goto(`${siteUrl}?lang=en`);
    const links = page.locator('#landing a[href*="deck="]');
    await links
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(
          `the landing page at ${siteUrl} links to no deck${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`,
        );
      });
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    return [
      ...new Set(hrefs.map((href) => new URLSearchParams(href.slice(href.indexOf('?'))).get('deck') ?? '')),
    ].filter(Boolean);
  } finally {
    page.off('pageerror', onError);
  }
}

/**
 * Runs every item on the first printer free, each printer one item at a time; results keep the
 * order of `items`.
 * @template T, R
 * @param {readonly T[]} items
 * @param {readonly import('./print.mjs').Printer[]} printers
 * @param {(printer: import('./print.mjs').Printer, item: T) => Promise<R>} run
 * @returns {Promise<R[]>}
 */
async function runOnPrinters(items, printers, run) {
  /** @type {R[]} */
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    printers.map(async (printer) => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(printer, /** @type {T} */ (items[index]));
      }
    }),
  );
  return results;
}
