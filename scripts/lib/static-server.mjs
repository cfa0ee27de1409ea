// @ts-check
// A static file server for the built site, on 127.0.0.1 only: used by the browser tests, the PDF
// export and the benchmark. `basePath` mounts the site under a sub-path, and text is gzipped for
// browsers that accept it, as static hosts do (the benchmark would otherwise time transfers no visitor sees).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content type per file extension; also the live server's (src/live/server/static-files.ts). */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};
/** Extensions worth gzipping. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

/**
 * @param {string} root directory to serve
 * @param {{ basePath?: string }} [options]
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, { basePath = '/' } = {}) {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return send(response, 404, 'not found');
    const relative = normalize(path.slice(base.length) || 'index.html');
    if (relative.startsWith('..') || relative.includes(`..${sep}`)) return send(response, 403, 'forbidden');
    let file = join(root, relative);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = extname(file);
      const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[/** @type {keyof CONTENT_TYPES} */ (type)] ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch {
      send(response, 404, 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {string} text */
function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(text);
}
