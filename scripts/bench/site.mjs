// @ts-check
// `npm run bench`: the product against a bare reveal.js deck of the same slides (bench/), both built in
// this run and served gzipped on 127.0.0.1, each loaded cold LOADS times under Lighthouse's mobile
// throttling in Chromium, alternating so both see the same machine. Prints medians, ratios and targets.
// `npm run bench -- --lighthouse` adds Lighthouse's scores for the landing page and one deck.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../lib/browser.mjs';
import { buildBareDeck, buildProduct } from './builds.mjs';
import { auditWithLighthouse, LIGHTHOUSE_VERSION } from './lighthouse.mjs';
import { loadCold, THROTTLING } from './load.mjs';
import { formatCount, formatKb, formatMs, formatSeconds, formatTable, median } from './report.mjs';
import { serveStatic } from '../lib/static-server.mjs';
import { gzipSizeOfTextAssets } from './size.mjs';
import { measureToggles } from './toggle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOADS = 5;
const TOGGLES = 10;
const DECK_QUERY = '?deck=coalition&lang=th';
const TARGETS = { firstSlideRatio: 1.0, bytesRatio: 1.2, maxRequests: 8, toggleMs: 16 };
const LIGHTHOUSE_TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };
const REFERENCE =
  'Reference, measured elsewhere: bare reveal.js 6 + Vite, 16 Thai/English slides, Sarabun: first slide visible ~1.13 s, ' +
  'FCP ~0.90 s, 8 requests, ~109 kB; Marp single-file HTML: ready ~0.75 s, 73 kB.';

/** @typedef {import('./load.mjs').LoadSample} LoadSample */
/** @typedef {{ loads: LoadSample[], toggles: number[], gzipBytes: number }} SiteResult */

async function main() {
  const withLighthouse = process.argv.includes('--lighthouse');
  const workDir = await mkdtemp(join(tmpdir(), 'bench-'));
  try {
    const oursDir = join(workDir, 'ours');
    const bareDir = join(workDir, 'bare');
    console.log('Building the product (vite build) and the bare reveal.js deck (bench/) into a temporary directory…');
    await buildProduct(ROOT, oursDir);
    await buildBareDeck(ROOT, bareDir);

    const ours = await serveStatic(oursDir);
    const bare = await serveStatic(bareDir);
    try {
      console.log(`Loading each cold ${LOADS} times, alternating, then pressing L ${TOGGLES} times on each…`);
      const results = await measureBoth(ours.url + DECK_QUERY, bare.url);
      const [oursResult, bareResult] = await Promise.all([
        gzipSizeOfTextAssets(oursDir).then((gzipBytes) => ({ ...results.ours, gzipBytes })),
        gzipSizeOfTextAssets(bareDir).then((gzipBytes) => ({ ...results.bare, gzipBytes })),
      ]);
      printResults(oursResult, bareResult);
      if (withLighthouse) await printLighthouse(ours.url);
    } finally {
      await Promise.all([ours.close(), bare.close()]);
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Cold loads of both sites, alternating so a busy moment of the machine falls on both alike.
 * @param {string} oursUrl
 * @param {string} bareUrl
 * @returns {Promise<{ ours: Omit<SiteResult, 'gzipBytes'>, bare: Omit<SiteResult, 'gzipBytes'> }>}
 */
async function measureBoth(oursUrl, bareUrl) {
  const browser = await launchChromium();
  try {
    const ours = { loads: /** @type {LoadSample[]} */ ([]), toggles: /** @type {number[]} */ ([]) };
    const bare = { loads: /** @type {LoadSample[]} */ ([]), toggles: /** @type {number[]} */ ([]) };
    for (let round = 1; round <= LOADS; round++) {
      for (const [site, url] of /** @type {const} */ ([
        [ours, oursUrl],
        [bare, bareUrl],
      ])) {
        const { sample, page } = await loadCold(browser, url);
        site.loads.push(sample);
        // The toggle is timed once per site, on the last load's page: loaded, still at 4x CPU.
        if (round === LOADS) site.toggles.push(...(await measureToggles(page, TOGGLES)));
        await page.context().close();
      }
    }
    return { ours, bare };
  } finally {
    await browser.close();
  }
}

/**
 * @param {SiteResult} ours
 * @param {SiteResult} bare
 */
function printResults(ours, bare) {
  const of = (/** @type {SiteResult} */ site, /** @type {(sample: LoadSample) => number} */ pick) =>
    median(site.loads.map(pick));
  const offOrigin = (/** @type {SiteResult} */ site) => Math.max(...site.loads.map((load) => load.offOrigin.length));
  const rows = [
    {
      metric: 'first slide visible (font + heading)',
      ours: of(ours, (load) => load.firstSlideMs),
      bare: of(bare, (load) => load.firstSlideMs),
      format: formatSeconds,
      target: `<= ${TARGETS.firstSlideRatio.toFixed(1)}x bare`,
      meets: (/** @type {number} */ _, /** @type {number} */ ratio) => ratio <= TARGETS.firstSlideRatio,
    },
    {
      metric: 'first contentful paint',
      ours: of(ours, (load) => load.fcpMs),
      bare: of(bare, (load) => load.fcpMs),
      format: formatSeconds,
    },
    {
      metric: 'first-load requests',
      ours: of(ours, (load) => load.requests),
      bare: of(bare, (load) => load.requests),
      format: formatCount,
      target: `<= ${TARGETS.maxRequests}`,
      meets: (/** @type {number} */ value) => value <= TARGETS.maxRequests,
    },
    {
      metric: 'off-origin requests (any load)',
      ours: offOrigin(ours),
      bare: offOrigin(bare),
      format: formatCount,
      target: 'none',
      meets: (/** @type {number} */ value) => value === 0,
    },
    {
      metric: 'first-load bytes transferred',
      ours: of(ours, (load) => load.bytes),
      bare: of(bare, (load) => load.bytes),
      format: formatKb,
      target: `<= ${TARGETS.bytesRatio.toFixed(1)}x bare`,
      meets: (/** @type {number} */ _, /** @type {number} */ ratio) => ratio <= TARGETS.bytesRatio,
    },
    { metric: 'gzip size of JS + CSS + HTML', ours: ours.gzipBytes, bare: bare.gzipBytes, format: formatKb },
    {
      metric: `language toggle, L to painted (${TOGGLES}x)`,
      ours: median(ours.toggles),
      bare: median(bare.toggles),
      format: formatMs,
      target: `< ${TARGETS.toggleMs} ms`,
      meets: (/** @type {number} */ value) => value < TARGETS.toggleMs,
    },
  ];
  const { downloadKbps, uploadKbps, rttMs, cpuSlowdown } = THROTTLING;
  console.log(
    `\nMedians of ${LOADS} cold loads each (fresh context, cache disabled, 1280x720), ` +
      `${downloadKbps / 1000} Mbit/s down, ${uploadKbps} kbit/s up, ${rttMs} ms RTT, ${cpuSlowdown}x CPU.\n` +
      `ours: the product, ${DECK_QUERY}. bare: reveal.js 6 + Sarabun 400/700 with the same slides as static sections (bench/).\n`,
  );
  console.log(formatTable(rows));
  const each = (/** @type {number[]} */ values, /** @type {(value: number) => string} */ format) =>
    values.map(format).join(', ');
  console.log(
    `\nEach load, first slide visible: ours ${each(
      ours.loads.map((l) => l.firstSlideMs),
      formatSeconds,
    )}`,
  );
  console.log(
    `                                bare ${each(
      bare.loads.map((l) => l.firstSlideMs),
      formatSeconds,
    )}`,
  );
  console.log(`Each toggle: ours ${each(ours.toggles, (ms) => ms.toFixed(0))} ms`);
  console.log(`             bare ${each(bare.toggles, (ms) => ms.toFixed(0))} ms`);
  for (const url of new Set([...ours.loads, ...bare.loads].flatMap((load) => load.offOrigin)))
    console.log(`Off-origin request: ${url}`);
  console.log(`\n${REFERENCE}`);
}

/**
 * Lighthouse on the product as served above: the landing page and one deck. Says why when it cannot run.
 * @param {string} siteUrl
 */
async function printLighthouse(siteUrl) {
  console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile (its own simulated throttling), the product on 127.0.0.1:`);
  const pages = [
    { name: 'landing page', url: siteUrl },
    { name: `deck ${DECK_QUERY}`, url: siteUrl + DECK_QUERY },
  ];
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
      const { scores, metrics } = await auditWithLighthouse(page.url);
      console.log(
        line(
          page.name,
          columns.map(
            ([id]) => `${String(scores[id]).padStart(3)} ${scores[id] >= LIGHTHOUSE_TARGETS[id] ? 'PASS' : 'MISS'}`,
          ),
        ),
      );
      console.log(`  ${' '.repeat(nameWidth)}  ${metrics}`);
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
