// @ts-check
// Exports decks as PDF files: one Chromium and one local static server for the whole run, a tab per
// two cores printing side by side. Used by `npm run pdf`, `npm run bench:pdf` and the PDF tests.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deckPageFile, PAGE_DECK_ATTRIBUTE } from '../../src/page/deck-page.js';
import {
  HANDOUT_PARAM,
  HANDOUT_READY_EVENT,
  PAPER_PARAM,
  PAPERS,
  PDF_KINDS,
  pdfFileName,
} from '../../src/print/pdfs.js';
import { launchChromium } from '../lib/browser.mjs';
import { countPdfPages } from './pages.mjs';
import { openPrinter, REVEAL_PDF_READY } from './print.mjs';
import { serveStatic } from '../lib/static-server.mjs';

export { PAPERS, PDF_KINDS, pdfFileName };

/** @typedef {import('../../src/print/pdfs.js').PdfJob} PdfJob */
/** @typedef {import('../../src/print/pdfs.js').PdfKind} PdfKind */
/** @typedef {import('../../src/print/pdfs.js').Paper} Paper */

/**
 * @typedef {PdfJob & { file: string, path: string, pages: number, bytes: number, seconds: number, warnings: string[] }} PdfFile
 * `file` is the name, `path` where it was written, `seconds` the wall time of its page, `warnings`
 * what its readers cannot use.
 */

/**
 * @typedef {object} ExportOptions
 * @property {string} distDir the built site
 * @property {string} outDir where the PDFs go (created when missing)
 * @property {readonly string[] | undefined} [decks] deck ids (default: every deck the site has pages for)
 * @property {readonly string[] | undefined} [langs] languages of the one-language PDFs (default: every
 *   language the site has pages in); the bilingual handout is made when they are all asked for
 * @property {readonly PdfKind[]} [kinds] which PDFs of each deck (default: PDF_KINDS)
 * @property {Paper} [paper] the handouts' paper (default: the first of PAPERS, A4)
 * @property {number} [concurrency] tabs printing side by side (default: DEFAULT_CONCURRENCY)
 * @property {(file: PdfFile) => void} [onFile] called as each file is written
 */

/**
 * Tabs printing side by side: one per two cores. A print keeps a renderer and the browser process busy;
 * on a 2-core machine two tabs took 6.8 s for the four slide PDFs where one tab took 5.2 s.
 */
export const DEFAULT_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));

/**
 * The print view a job is printed from: the query that opens it on the site, and the event that says
 * its pages are laid out. The handouts name their layout and paper; the bilingual one names no
 * language, since its slides are in the deck's main language, which the page knows.
 * @param {PdfJob} job
 * @param {Paper} [paper]
 * @returns {import('./print.mjs').PrintView}
 */
export function printViewOf(job, paper = PAPERS[0]) {
  const site = new URLSearchParams(job.kind === 'bilingual' ? { deck: job.deck } : { deck: job.deck, lang: job.lang });
  if (job.kind === 'slides') return { query: `?${site}&print-pdf`, ready: REVEAL_PDF_READY };
  const handout = new URLSearchParams({ [HANDOUT_PARAM]: job.kind, [PAPER_PARAM]: paper });
  return { query: `?${site}&print-pdf&${handout}`, ready: HANDOUT_READY_EVENT };
}

/**
 * The jobs for some decks and languages: per deck, each one-language kind in each language, then the
 * bilingual handout when every language the site has is asked for (it holds them all).
 * @param {readonly string[]} decks
 * @param {readonly string[]} langs
 * @param {readonly PdfKind[]} kinds
 * @param {readonly string[]} siteLangs
 * @returns {PdfJob[]}
 */
export function jobsFor(decks, langs, kinds, siteLangs) {
  const bilingual = kinds.includes('bilingual') && siteLangs.every((lang) => langs.includes(lang));
  return decks.flatMap((deck) => [
    ...langs.flatMap((lang) =>
      kinds.flatMap((kind) => (kind === 'bilingual' ? [] : [/** @type {PdfJob} */ ({ deck, lang, kind })])),
    ),
    ...(bilingual ? [/** @type {PdfJob} */ ({ deck, kind: 'bilingual' })] : []),
  ]);
}

/**
 * The decks and languages the built site has pages for, from each deck page's
 * `<html lang="th" data-deck="dsi">`: the build says what it serves, so a script keeps no list.
 * @param {string} distDir
 * @returns {Promise<{ decks: string[], langs: string[] }>}
 */
export async function readSiteDecks(distDir) {
  const deckAttribute = new RegExp(`\\s${PAGE_DECK_ATTRIBUTE}="([^"]+)"`);
  const pages = await Promise.all(
    (await readdir(distDir))
      .filter((name) => name.endsWith('.html'))
      .sort()
      .map(async (name) => {
        const root = /<html\b[^>]*>/i.exec(await readFile(join(distDir, name), 'utf8'))?.[0] ?? '';
        return { deck: deckAttribute.exec(root)?.[1], lang: /\slang="([^"]+)"/.exec(root)?.[1] };
      }),
  );
  const decks = pages.filter((page) => page.deck && page.lang);
  if (decks.length === 0)
    throw new Error(`${distDir} has no deck pages (${deckPageFile('<deck>', '<lang>')}): is it a web build?`);
  return {
    decks: [...new Set(decks.map((page) => /** @type {string} */ (page.deck)))],
    langs: [...new Set(decks.map((page) => /** @type {string} */ (page.lang)))],
  };
}

/**
 * Writes every deck × language × kind PDF into `outDir`; resolves with the files in job order.
 * @param {ExportOptions} options
 * @returns {Promise<PdfFile[]>}
 */
export async function exportPdfs({
  distDir,
  outDir,
  decks,
  langs,
  kinds = PDF_KINDS,
  paper = PAPERS[0],
  concurrency = DEFAULT_CONCURRENCY,
  onFile,
}) {
  const site = await readSiteDecks(distDir);
  const unknown = (
    /** @type {string} */ what,
    /** @type {readonly string[] | undefined} */ asked,
    /** @type {string[]} */ known,
  ) => {
    const value = asked?.find((candidate) => !known.includes(candidate));
    if (value !== undefined) throw new Error(`unknown ${what} "${value}" (the site has: ${known.join(', ')})`);
  };
  unknown('deck', decks, site.decks);
  unknown('language', langs, site.langs);
  const jobs = jobsFor(decks ?? site.decks, langs ?? site.langs, kinds, site.langs);

  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(distDir);
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    browser = await launchChromium();
    const open = browser;
    const printers = await Promise.all(
      Array.from({ length: Math.min(concurrency, jobs.length) }, () => openPrinter(open, server.url)),
    );
    return await runOnPrinters(jobs, printers, async (printer, job) => {
      const file = await writePdf(printer, job, outDir, paper);
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
 * @param {Paper} [paper] a handout's paper
 * @returns {Promise<PdfFile>}
 */
export async function writePdf(printer, job, outDir, paper) {
  const started = performance.now();
  const { pdf, warnings } = await printer.print(printViewOf(job, paper));
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
