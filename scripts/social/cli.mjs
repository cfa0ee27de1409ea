// @ts-check
// Renders each deck's title slide, per language, as its social preview image (1200×630 PNG) into
// public/social/. Run after `npm run build` when a title slide changes; the images are committed.
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../lib/browser.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const DECKS = ['coalition', 'dsi'];
const LANGS = ['th', 'en'];
const OUT = new URL('../../public/social/', import.meta.url);

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(new URL('../../dist', import.meta.url).pathname);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const deck of DECKS) {
    for (const lang of LANGS) {
      await page.goto(`${server.url}?deck=${deck}&lang=${lang}&controls=false&progress=false`);
      await page.waitForSelector('.reveal.ready');
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.addStyleTag({ content: '.toolbar, .notices { display: none !important; }' });
      const file = new URL(`${deck}-${lang}.png`, OUT);
      await page.screenshot({ path: file.pathname });
      console.log(`wrote ${file.pathname}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
