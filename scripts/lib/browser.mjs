// @ts-check
// Finds and launches the system Chromium for the browser tests, the PDF export and the benchmark.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const INSTALL_HINT =
  "Chromium was not found. Install Debian's package (apt-get update && apt-get install -y chromium) " +
  'so that /usr/bin/chromium exists, or set CHROME_PATH to a Chromium or Chrome binary.';

/** The browser binary: CHROME_PATH when set, else Debian's /usr/bin/chromium. Throws INSTALL_HINT when missing. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`${INSTALL_HINT} (looked for ${path})`);
  return path;
}

/** The flags this closed network needs: no background calls home, no sandbox (CI runs as root). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium for tests, PDF export and benchmarks. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, '--font-render-hinting=none'],
  });
}
