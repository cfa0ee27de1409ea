// @ts-check
// `npm run bench`: the product against a bare reveal.js deck of the same slides (bench/) and against the floor
// (the product's first slide as static HTML and CSS, no script: what a first paint from HTML can reach), all
// built in this run and served gzipped on 127.0.0.1, each loaded cold LOADS times under Lighthouse's mobile
// throttling in Chromium, in turn so all see the same machine. Prints medians, ratios and targets.
// `npm run bench -- --lighthouse` adds Lighthouse's scores for the landing page and every deck page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../lib/browser.mjs';
import { buildBareDeck, buildFloor, buildProduct } from './builds.mjs';
import { auditWithLighthouse, LIGHTHOUSE_VERSION } from './lighthouse.mjs';
import { loadCold, THROTTLING } from './load.mjs';
import { formatCount, formatKb, formatMs, formatSeconds, formatTable, median } from './report.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import { gzipSizeOfTextAssets } from './size.mjs';
import { measureToggles } from './toggle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADS = 5;
const TOGGLES = 10;
// The deck's own page, as the share dialog, the QR codes and the landing page link it.
const DECK_PAGE = 'coalition-th.html';
const DECK_PATH = `${DECK_PAGE}?deck=coalition&lang=th`;
const TARGETS = {
  firstSlideOverFloor: 1.15,
  firstSlideOverBare: 0.7,
  fcpOverFloor: 1.1,
  paintBytesOverFloor: 1.1,
  bytesOverBare: 1.0,
  maxRequests: 8,
  toggleMs: 16,
};
const LIGHTHOUSE_TARGETS = { performance: 99, accessibility: 100, 'best-practices': 100 };
const LIGHTHOUSE_PAGES = ['', 'coalition-th.html', 'coalition-en.html', 'dsi-th.html', 'dsi-en.html'];
// One Lighthouse run's performance score moves by a point or two from run to run here: each page is the
// median of three (its runs are printed too).
const LIGHTHOUSE_RUNS = 3;
const REFERENCE =
  'Reference, measured elsewhere: bare reveal.js 6 + Vite, 16 Thai/English slides, Sarabun: first slide visible ~1.13 s, ' +
  'FCP ~0.90 s, 8 requests, ~109 kB; Marp single-file HTML: ready ~0.75 s, 73 kB.';

/** @typedef {import('./load.mjs').LoadSample} LoadSample */
/** @typedef {{ loads: LoadSample[], toggles: number[], gzipBytes: number }} SiteResult */
/** @typedef {{ loads: LoadSample[], toggles: number[] }} Measured */

async function main() {
  const withLighthouse = process.argv.includes('--lighthouse');
  const workDir = await mkdtemp(join(tmpdir(), 'bench-'));
  try {
    const oursDir = join(workDir, 'ours');
    const bareDir = join(workDir, 'bare');
    const floorDir = join(workDir, 'floor');
    console.log(
      'Building the product (vite build), the bare reveal.js deck (bench/) and the floor into a temporary directory…',
    );
    await buildProduct(ROOT, oursDir);
    await buildBareDeck(ROOT, bareDir);
    await buildFloor(oursDir, DECK_PAGE, floorDir);

    const ours = await serveStatic(oursDir);
    const bare = await serveStatic(bareDir);
    const floor = await serveStatic(floorDir);
    try {
      console.log(`Loading each cold ${LOADS} times, in turn, then pressing L ${TOGGLES} times on the decks…`);
      const results = await measureAll({ ours: ours.url + DECK_PATH, bare: bare.url, floor: floor.url });
      const [oursResult, bareResult] = await Promise.all([
        gzipSizeOfTextAssets(oursDir).then((gzipBytes) => ({ ...results.ours, gzipBytes })),
        gzipSizeOfTextAssets(bareDir).then((gzipBytes) => ({ ...results.bare, gzipBytes })),
      ]);
      printResults(oursResult, bareResult, results.floor);
      if (withLighthouse) await printLighthouse(ours.url);
    } finally {
      await Promise.all([ours.close(), bare.close(), floor.close()]);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Cold loads of every site, in turn, so a busy moment of the machine falls on all alike; the language toggle
 * on the decks (the floor has none).
 * @param {{ ours: string, bare: string, floor: string }} urls
 * @returns {Promise<{ ours: Measured, bare: Measured, floor: Measured }>}
 */
async function measureAll(urls) {
  const browser = await launchChromium();
  try {
    const sites = /** @type {const} */ (['ours', 'bare', 'floor']);
    /** @type {{ ours: Measured, bare: Measured, floor: Measured }} */
    const results = {
      ours: { loads: [], toggles: [] },
      bare: { loads: [], toggles: [] },
      floor: { loads: [], toggles: [] },
    };
    for (let round = 1; round <= LOADS; round++) {
      for (const site of sites) {
        const { sample, page } = await loadCold(browser, urls[site]);
        results[site].loads.push(sample);
        // The toggle is timed once per deck, on the last load's page: loaded, still at 4x CPU.
        if (round === LOADS && site !== 'floor') results[site].toggles.push(...(await measureToggles(page, TOGGLES)));
        await page.context().close();
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * @param {SiteResult} ours
 * @param {SiteResult} bare
 * @param {Measured} floor
 */
function printResults(ours, bare, floor) {
  const of = (/** @type {Measured} */ site, /** @type {(sample: LoadSample) => number} */ pick) =>
    median(site.loads.map(pick));
  const offOrigin = (/** @type {Measured} */ site) => Math.max(...site.loads.map((load) => load.offOrigin.length));
  /** @param {(sample: LoadSample) => number} pick */
  const figures = (pick) => ({ ours: of(ours, pick), bare: of(bare, pick), floor: of(floor, pick) });
  /** @type {import('./report.mjs').Row[]} */
  const rows = [
    {
      metric: 'first slide visible (font + heading)',
      ...figures((load) => load.firstSlideMs),
      format: formatSeconds,
      target: `<= ${TARGETS.firstSlideOverFloor}x floor, <= ${TARGETS.firstSlideOverBare}x bare`,
      meets: (_, ratio) => ratio.floor <= TARGETS.firstSlideOverFloor && ratio.bare <= TARGETS.firstSlideOverBare,
    },
    {
      metric: 'first contentful paint',
      ...figures((load) => load.fcpMs),
      format: formatSeconds,
      target: `<= ${TARGETS.fcpOverFloor}x floor`,
      meets: (_, ratio) => ratio.floor <= TARGETS.fcpOverFloor,
    },
    {
      metric: 'bytes for the first paint (HTML, CSS, fonts)',
      ...figures((load) => load.paintBytes),
      format: formatKb,
      target: `<= ${TARGETS.paintBytesOverFloor}x floor`,
      meets: (_, ratio) => ratio.floor <= TARGETS.paintBytesOverFloor,
    },
    {
      metric: 'first-load bytes transferred',
      ...figures((load) => load.bytes),
      format: formatKb,
      target: `<= ${TARGETS.bytesOverBare.toFixed(1)}x bare`,
      meets: (_, ratio) => ratio.bare <= TARGETS.bytesOverBare,
    },
    {
      metric: 'first-load requests',
      ...figures((load) => load.requests),
      format: formatCount,
      target: `<= ${TARGETS.maxRequests}`,
      meets: (value) => value <= TARGETS.maxRequests,
    },
    {
      metric: 'off-origin requests (any load)',
      ours: offOrigin(ours),
      bare: offOrigin(bare),
      floor: offOrigin(floor),
      format: formatCount,
      target: 'none',
      meets: (value) => value === 0,
    },
    { metric: 'gzip size of JS + CSS + HTML', ours: ours.gzipBytes, bare: bare.gzipBytes, format: formatKb },
    {
      metric: `language toggle, L to painted (${TOGGLES}x)`,
      ours: median(ours.toggles),
      bare: median(bare.toggles),
      format: formatMs,
      target: `< ${TARGETS.toggleMs} ms`,
      meets: (value) => value < TARGETS.toggleMs,
    },
  ];
  const { downloadKbps, uploadKbps, rttMs, cpuSlowdown } = THROTTLING;
  console.log(
    `\nMedians of ${LOADS} cold loads each (fresh context, cache disabled, 1280x720), ` +
      `${downloadKbps / 1000} Mbit/s down, ${uploadKbps} kbit/s up, ${rttMs} ms RTT, ${cpuSlowdown}x CPU.\n` +
      `ours: the product, ${DECK_PATH}. bare: reveal.js 6 + Sarabun 400/700 with the same slides as static sections (bench/).\n` +
      `floor: ${DECK_PAGE} with no script and its first slide alone (the same HTML, CSS and fonts).\n`,
  );
  console.log(formatTable(rows));
  const each = (/** @type {number[]} */ values, /** @type {(value: number) => string} */ format) =>
    values.map(format).join(', ');
  console.log('\nEach load, first slide visible:');
  for (const [name, site] of /** @type {const} */ ([
    ['floor', floor],
    ['bare ', bare],
    ['ours ', ours],
  ]))
    console.log(
      `  ${name} ${each(
        site.loads.map((l) => l.firstSlideMs),
        formatSeconds,
      )}`,
    );
  console.log(`Each toggle: ours ${each(ours.toggles, (ms) => ms.toFixed(0))} ms`);
  console.log(`             bare ${each(bare.toggles, (ms) => ms.toFixed(0))} ms`);
  for (const url of new Set([...ours.loads, ...bare.loads, ...floor.loads].flatMap((load) => load.offOrigin)))
    console.log(`Off-origin request: ${url}`);
  console.log(`\n${REFERENCE}`);
}

/**
 * Lighthouse on the product as served above: the landing page and every deck page. Says why when it cannot run.
 * @param {string} siteUrl
 */
async function printLighthouse(siteUrl) {
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION}, mobile (its own simulated throttling), the product on 127.0.0.1, ` +
      `the median of ${LIGHTHOUSE_RUNS} runs per page:`,
  );
  const pages = LIGHTHOUSE_PAGES.map((path) => ({ name: path || 'index.html (landing)', url: siteUrl + path }));
  const columns = /** @type {const} */ ([
    ['performance', 'performance'],
    ['accessibility', 'accessibility'],
    ['best-practices', 'best practices'],
  ]);
  const nameWidth = Math.max(...pages.map((page) => page.name.length));
  const line = (/** @type {string} */ name, /** @type {string[]} */ cells) =>
    `  ${name.padEnd(nameWidth)}  ${cells.map((cell) => cell.padEnd(16)).join('')}`.trimEnd();
  console.log(
    line(
      'page',
      columns.map(([, title]) => title),
    ),
  );
  for (const page of pages) {
    try {
      /** @type {Awaited<ReturnType<typeof auditWithLighthouse>>[]} */
      const runs = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run++) runs.push(await auditWithLighthouse(page.url));
      // The run whose performance score is the median, for its scores and the metrics behind them.
      const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const { scores, metrics } = /** @type {(typeof runs)[number]} */ (byPerformance[Math.floor(runs.length / 2)]);
      console.log(
        line(
          page.name,
          columns.map(
            ([id]) => `${String(scores[id]).padStart(3)} ${scores[id] >= LIGHTHOUSE_TARGETS[id] ? 'PASS' : 'MISS'}`,
          ),
        ),
      );
      const each = runs.map((run) => run.scores.performance).join(', ');
      console.log(`  ${' '.repeat(nameWidth)}  ${metrics}; performance in each run: ${each}`);
    } catch (error) {
      console.log(
        `  ${page.name.padEnd(nameWidth)}  Lighthouse could not run here, skipped: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  console.log(
    `  targets: performance >= ${LIGHTHOUSE_TARGETS.performance}, accessibility ${LIGHTHOUSE_TARGETS.accessibility}, ` +
      `best practices ${LIGHTHOUSE_TARGETS['best-practices']}`,
  );
}

main().catch((/** @type {unknown} */ error) => {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
