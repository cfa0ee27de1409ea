// @ts-check
// What a static host would send compressed: the gzip size of a build's JS, CSS and HTML.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT_ASSETS = new Set(['.js', '.css', '.html']);

/**
 * Sum of each .js, .css and .html file's gzip size (level 9, as static hosts precompress), anywhere under dir.
 * @param {string} dir
 * @returns {Promise<number>}
 */
export async function gzipSizeOfTextAssets(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && TEXT_ASSETS.has(extname(entry.name)));
  const sizes = await Promise.all(
    files.map(async (file) => gzipSync(await readFile(join(file.parentPath, file.name)), { level: 9 }).length),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}
