// @ts-check
// The language toggle's latency on an open deck: from the L key's keydown to the frame after the present
// slide's heading shows the other language, timed inside the page (at whatever CPU throttling is on).

/** @typedef {import('./probes.mjs').ProbeWindow} ProbeWindow */

/**
 * Presses L `times` times, one toggle at a time; returns each toggle's milliseconds.
 * @param {import('playwright-core').Page} page a page loaded by loadCold (its probes installed)
 * @param {number} times
 * @returns {Promise<number[]>}
 */
export async function measureToggles(page, times) {
  /** @type {number[]} */
  const latencies = [];
  for (let i = 0; i < times; i++) {
    await page.evaluate(() => /** @type {ProbeWindow} */ (window).benchArmToggle?.());
    await page.keyboard.press('l');
    latencies.push(
      await page.evaluate(
        () => /** @type {ProbeWindow} */ (window).benchToggleMs ?? Promise.reject(new Error('probes missing')),
      ),
    );
    // Let the change's follow-up work (URL, speaker view, fonts) settle before the next press.
    await page.waitForTimeout(200);
  }
  return latencies;
}
