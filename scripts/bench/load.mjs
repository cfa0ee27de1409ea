// @ts-check
// One cold load of a page under Lighthouse's mobile throttling, in a fresh browser context: when the
// first slide became visible in its font, first contentful paint, and what went over the network.
import { installProbes } from './probes.mjs';

/** @typedef {import('./probes.mjs').ProbeWindow} ProbeWindow */

/** Lighthouse's "slow 4G" mobile profile, applied through DevTools. */
export const THROTTLING = { downloadKbps: 1600, uploadKbps: 750, rttMs: 150, cpuSlowdown: 4 };
const QUIET_MS = 1000;
// What a first paint from HTML waits for: the page, its CSS, its fonts (a deck built by script waits for its
// script as well, which the first-slide time and the total bytes show).
const PAINT_TYPES = new Set(['Document', 'Stylesheet', 'Font']);
// A request that never ends (none today) must not hang the benchmark.
const MAX_SETTLE_MS = 15_000;

/**
 * @typedef {object} LoadSample
 * @property {number} firstSlideMs navigation start to the frame that paints the first slide's heading in Sarabun
 * @property {number} fcpMs first contentful paint
 * @property {number} requests responses received, from any origin
 * @property {number} bytes bytes over the wire (headers and encoded bodies)
 * @property {number} paintBytes of those, the bytes the first paint needs: the HTML, the CSS and the fonts
 * @property {string[]} offOrigin URLs fetched from anywhere but the page's own origin
 */

/**
 * Opens `url` cold and throttled. The page stays open, still throttled, for the toggle measure;
 * close its context when done.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ sample: LoadSample, page: import('playwright-core').Page }>}
 */
export async function loadCold(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.rttMs,
    downloadThroughput: (THROTTLING.downloadKbps * 1000) / 8,
    uploadThroughput: (THROTTLING.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });

  /** @type {string[]} */
  const responses = [];
  let bytes = 0;
  let paintBytes = 0;
  /** @type {Map<string, string>} */
  const types = new Map();
  const inFlight = new Set();
  let lastActivity = performance.now();
  const settle = (/** @type {{ requestId: string }} */ { requestId }) => (
    inFlight.delete(requestId),
    (lastActivity = performance.now())
  );
  cdp.on('Network.requestWillBeSent', ({ requestId }) => (inFlight.add(requestId), (lastActivity = performance.now())));
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    if (/^https?:/.test(response.url)) responses.push(response.url);
    types.set(requestId, type);
  });
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    if (PAINT_TYPES.has(types.get(event.requestId) ?? '')) paintBytes += event.encodedDataLength;
    settle(event);
  });
  cdp.on('Network.loadingFailed', settle);

  await page.addInitScript(installProbes);
  await page.goto(url, { waitUntil: 'load' });
  // Not Playwright's networkidle: it fires while the JS runs, before the fonts are even asked for.
  // After the load event the browser still fetches the icon, so wait for a second with nothing in flight.
  const giveUpAt = performance.now() + MAX_SETTLE_MS;
  const isSettled = () => inFlight.size === 0 && performance.now() - lastActivity >= QUIET_MS;
  while (!isSettled() && performance.now() < giveUpAt) await page.waitForTimeout(100);
  const firstSlide = await page.waitForFunction(() => /** @type {ProbeWindow} */ (window).benchFirstSlideMs);
  const firstSlideMs = Number(await firstSlide.jsonValue());
  const fcpMs = await page.evaluate(
    () =>
      performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime ?? NaN,
  );
  const { origin } = new URL(url);
  const offOrigin = responses.filter((response) => new URL(response).origin !== origin);
  return { sample: { firstSlideMs, fcpMs, requests: responses.length, bytes, paintBytes, offOrigin }, page };
}
