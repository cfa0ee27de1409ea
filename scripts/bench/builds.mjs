// @ts-check
// The sites the benchmark compares, built fresh in the same run into directories of their own: the product
// with its own vite.config.ts, the bare deck from scripts/bench/bare-deck/, and the floor (the product's first
// slide as static HTML and CSS). dist/ is left alone.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * The floor: the product's own deck page with every script taken out and its first slide alone, framed as the
 * first-slide script would frame it on a projector. Its HTML, stylesheet and fonts are the product's, so it is
 * the first paint this design can reach, with nothing to run.
 * @param {string} productDir a build from buildProduct
 * @param {string} page the deck page to strip, e.g. coalition-th.html
 * @param {string} outDir
 */
export async function buildFloor(productDir, page, outDir) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await cp(join(productDir, 'assets'), join(outDir, 'assets'), { recursive: true });
  const html = (await readFile(join(productDir, page), 'utf8'))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/(<div[^>]*id="deck")/, '$1 data-frame="landscape"')
    // The first section whole, the others dropped: sections hold no nested sections.
    .replace(/(<div class="slides">)(<section)([\s\S]*?<\/section>)[\s\S]*?(<\/div>)/, '$1$2 data-first=""$3$4');
  if (!html.includes('data-first')) throw new Error(`${page}: no slides to keep the first of`);
  await writeFile(join(outDir, 'index.html'), html);
}
