// @ts-check
// Both sites the benchmark compares, built fresh in the same run into directories of their own:
// the product with its own vite.config.ts, the bare deck from scripts/bench/bare-deck/. dist/ is left alone.
import { join } from 'node:path';
import { build } from 'vite';
import { injectSlides, renderBareSlides } from './fixture.mjs';

/**
 * The product as attendees load it from the hosted link (`npm run build:public`: no speaker notes), into outDir.
 * @param {string} root project root
 * @param {string} outDir
 */
export async function buildProduct(root, outDir) {
  await build({ root, mode: 'public', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

/**
 * The bare reveal.js deck (scripts/bench/bare-deck/) with the product's slides in it, into outDir.
 * @param {string} root project root
 * @param {string} outDir
 */
export async function buildBareDeck(root, outDir) {
  const slidesHtml = await renderBareSlides(root);
  await build({
    root: join(root, 'scripts', 'bench', 'bare-deck'),
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [injectSlides(slidesHtml)],
    // Fonts as files, as the product ships them, so both load the same subsets the same way.
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0 },
  });
}
