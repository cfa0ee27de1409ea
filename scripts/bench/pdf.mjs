// @ts-check
// `npm run bench:pdf`: how long the PDF export takes, and what it costs over Chromium's own printing.
//  1. the whole export, as `npm run pdf` runs it: each file's wall time and size, and the total;
//  2. the four slide PDFs alone, against Marp CLI's ~2.1 s for one 16-slide deck, and the handouts alone
//     (each deck's two one-language handouts and its bilingual one, laid out page by page in the browser);
//  3. one file through the pipeline against a bare print of the same view (open it, wait for
//     `pdf-ready`, `page.pdf()`), each on a tab already open, as a ratio.
// Files go to a temporary directory; dist/pdf/ is left alone.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './report.mjs';
import { chromiumPath, launchChromium } from '../lib/browser.mjs';
import { ensureBuilt } from '../lib/build.mjs';
import { exportPdfs, printViewOf, writePdf } from '../pdf/export.mjs';
import { openPrinter } from '../pdf/print.mjs';
import { formatFileLine, formatSeconds, formatTotalLine } from '../pdf/report.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const MARP_SECONDS = 2.1;
const MAX_OVERHEAD = 1.3;
// Rounds of the pipeline-against-bare comparison; the median evens out a busy machine.
const ROUNDS = 5;
const CPU_PRESSURE = '/proc/pressure/cpu';

async function main() {
  chromiumPath();
  ensureBuilt(ROOT, console.log);
  const outDir = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
  try {
    console.log('Whole export (npm run pdf):');
    const all = await timed(() =>
      exportPdfs({ distDir: DIST, outDir, onFile: (file) => console.log(`  ${formatFileLine(file)}`) }),
    );
    console.log(`  ${formatTotalLine(all.result, all.seconds, 'a temporary directory')}`);

    console.log(`\nThe four slide PDFs alone (target: under ${MARP_SECONDS} s, Marp CLI's time for one deck):`);
    const slides = await timed(() => exportPdfs({ distDir: DIST, outDir, kinds: ['slides'] }));
    console.log(
      `  ${formatTotalLine(slides.result, slides.seconds, 'a temporary directory')}: ${verdict(slides.seconds < MARP_SECONDS)}`,
    );

    console.log('\nThe handouts alone (A4):');
    const handouts = await timed(() => exportPdfs({ distDir: DIST, outDir, kinds: ['notes', 'bilingual'] }));
    console.log(`  ${formatTotalLine(handouts.result, handouts.seconds, 'a temporary directory')}`);

    console.log(`\nOverhead: the pipeline against a bare page.pdf() of the same print view (median of ${ROUNDS}):`);
    // The largest slide PDF of the export, whichever deck and language that is.
    const compared = all.result.filter((file) => file.kind === 'slides').sort((a, b) => b.bytes - a.bytes)[0];
    if (!compared) throw new Error('the export wrote no slide PDF');
    const { pipeline, bare } = await compareWithBarePrint(compared, outDir);
    const ratio = pipeline / bare;
    console.log(
      `  ${printViewOf(compared).query}: pipeline ${formatSeconds(pipeline)}, bare page.pdf() ${formatSeconds(bare)}, ` +
        `overhead ${ratio.toFixed(2)}x (target at most ${MAX_OVERHEAD}x): ${verdict(ratio <= MAX_OVERHEAD)}`,
    );
    console.log(`\n${describeCpuPressure()}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

// Wall times mean little on a machine other work is starving: say how starved it was (Linux PSI).
function describeCpuPressure() {
  const stall = /some avg10=([\d.]+) avg60=([\d.]+)/.exec(
    existsSync(CPU_PRESSURE) ? readFileSync(CPU_PRESSURE, 'utf8') : '',
  );
  return stall
    ? `CPU pressure: something was waiting for a CPU ${stall[1]}% of the last 10 s, ${stall[2]}% of the last minute (0% on an idle machine).`
    : 'CPU pressure: not reported by this system.';
}

/**
 * Median seconds per file of the pipeline (`writePdf` on its tab) and of the least a script must do to
 * print the same view on an open tab, alternating on one warmed-up browser so both see the same machine.
 * @param {import('../pdf/export.mjs').PdfJob} job
 * @param {string} outDir
 */
async function compareWithBarePrint(job, outDir) {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  try {
    const printer = await openPrinter(browser, server.url);
    const bareTab = await openBareTab(browser);
    const url = server.url + printViewOf(job).query;
    /** @type {number[]} */
    const pipeline = [];
    /** @type {number[]} */
    const bare = [];
    for (let round = 0; round <= ROUNDS; round++) {
      const ours = await timed(() => writePdf(printer, job, outDir));
      const theirs = await timed(() => printBare(bareTab, url));
      // Round 0 warms both tabs up.
      if (round > 0) {
        pipeline.push(ours.seconds);
        bare.push(theirs.seconds);
      }
    }
    return { pipeline: median(pipeline), bare: median(bare) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A plain tab that notes reveal.js's `pdf-ready`. @param {import('playwright-core').Browser} browser */
async function openBareTab(browser) {
  const page = await browser.newPage();
  await page.addInitScript(() =>
    document.addEventListener('pdf-ready', () => Object.assign(window, { pdfReady: true }), true),
  );
  return page;
}

/**
 * One bare print: open the view, wait for reveal.js's `pdf-ready`, `page.pdf()`.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function printBare(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => /** @type {{ pdfReady?: boolean }} */ (window).pdfReady === true);
  await page.pdf({ printBackground: true, preferCSSPageSize: true });
}

/**
 * @template T
 * @param {() => Promise<T>} run
 * @returns {Promise<{ result: T, seconds: number }>}
 */
async function timed(run) {
  const started = performance.now();
  const result = await run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

/** @param {boolean} met */
const verdict = (met) => (met ? 'met' : 'MISSED');

main().catch((/** @type {unknown} */ error) => {
  console.error(`PDF benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
