// @ts-check
// Renders each deck's title slide, per language, as its social preview image (1200×630 PNG) into
// public/social/. Run after `npm run build` when a title slide changes; the images are committed.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { launchChromium } from '../lib/browser.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = new URL('../../public/social/', import.meta.url);

// Every deck and language slides/ defines; the slide modules are TypeScript, so Vite's module runner loads them.
const { module } = await runnerImport(fileURLToPath(new URL('./decks.ts', import.meta.url)), {
  root: ROOT,
  configFile: false,
  logLevel: 'silent',
});
const { DECKS, LANGS } = /** @type {typeof import('./decks')} */ (module);

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(new URL('../../dist', import.meta.url).pathname);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const { id: deck } of DECKS) {
    for (const lang of LANGS) {
      await page.goto(`${server.url}?deck=${deck}&lang=${lang}`);
      await page.waitForSelector('.reveal.ready');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // The slide alone: no chrome, and none of the band a screen this short keeps for the toolbar (chrome.css),
      // which reveal.js gives back to the slide as it lays out again.
      await page.addStyleTag({
        content:
          '.toolbar, .notices, .reveal .controls, .reveal .progress { display: none !important; } :root { --toolbar-row: 0px !important; }',
      });
      await page.evaluate(() => window.dispatchEvent(new Event('resize')));
      await page.waitForTimeout(300);
      const file = new URL(`${deck}-${lang}.png`, OUT);
      await page.screenshot({ path: file.pathname });
      console.log(`wrote ${file.pathname}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
