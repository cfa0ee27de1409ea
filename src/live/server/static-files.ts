/**
 * The built site, served by the live server on the relay's origin. Every HTML page gets
 * `<meta name="live-relay" content="/">`, so the deck knows it may follow (src/live/protocol.ts); a build made
 * with VITE_LIVE_URL has its tag's content replaced by this server's own address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeHtml } from '../../../scripts/lib/html.mjs';
import { COMPRESSIBLE, CONTENT_TYPES } from '../../../scripts/lib/static-server.mjs';
import { RELAY_META_NAME } from '../relay-address';
import { sendError } from './http';

/** `html` with the live-relay meta tag set to `relayUrl`: its content replaced, or the tag added to the head. */
export function withRelayMeta(html: string, relayUrl: string): string {
  const content = escapeHtml(relayUrl);
  const tag = new RegExp(`(<meta\\s+name="${RELAY_META_NAME}"\\s+content=")[^"]*(")`);
  if (tag.test(html)) return html.replace(tag, (_, before: string, after: string) => `${before}${content}${after}`);
  return html.replace('</head>', `  <meta name="${RELAY_META_NAME}" content="${content}" />\n  </head>`);
}

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly body: Buffer;
  readonly gzip: Buffer | null;
  readonly type: string;
  readonly etag: string;
}

/** Serves one directory's files. */
export interface StaticSite {
  /** Answers a GET or HEAD for `pathname` (already decoded). */
  serve(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void>;
}

// Hashed file names under assets/ never change content; everything else is revalidated.
const cacheControl = (relative: string, isPrivate: boolean) =>
  `${isPrivate ? 'private' : 'public'}, ${relative.startsWith(`assets${sep}`) ? 'max-age=31536000, immutable' : 'no-cache'}`;

/** How a site's files are served. */
export interface StaticSiteOptions {
  /** The live-relay meta's content. */
  readonly relayUrl: string;
  /**
   * Which build a request gets depends on its cookie (the presenter's has speaker notes): say so to caches, and keep
   * this one out of shared caches when `private`.
   * @default false
   */
  readonly perCookie?: boolean;
  /** @default false */
  readonly private?: boolean;
}

export function createStaticSite(root: string, options: StaticSiteOptions): StaticSite {
  const { relayUrl } = options;
  const base = resolve(root);
  const cache = new Map<string, CachedFile>();

  const load = async (file: string, size: number, mtimeMs: number): Promise<CachedFile> => {
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached;
    const extension = extname(file);
    const raw = await readFile(file);
    const body = extension === '.html' ? Buffer.from(withRelayMeta(raw.toString('utf8'), relayUrl)) : raw;
    const entry: CachedFile = {
      mtimeMs,
      size,
      body,
      gzip: COMPRESSIBLE.has(extension) ? gzipSync(body) : null,
      type: (CONTENT_TYPES as Record<string, string>)[extension] ?? 'application/octet-stream',
      etag: `W/"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`,
    };
    cache.set(file, entry);
    return entry;
  };

  return {
    async serve(request, response, pathname) {
      // No dot-files, and nothing outside the root however the path is spelled.
      if (pathname.includes('\0') || pathname.split('/').some((segment) => segment.startsWith('.') && segment !== ''))
        return sendError(response, 404, 'not_found', 'no such file');
      let file = resolve(base, `.${pathname}`);
      if (file !== base && !file.startsWith(base + sep)) return sendError(response, 404, 'not_found', 'no such file');
      let stats = await stat(file).catch(() => null);
      if (stats?.isDirectory()) {
        file = join(file, 'index.html');
        stats = await stat(file).catch(() => null);
      }
      if (!stats?.isFile()) return sendError(response, 404, 'not_found', 'no such file');
      const entry = await load(file, stats.size, stats.mtimeMs);
      const headers: Record<string, string> = {
        'content-type': entry.type,
        'cache-control': cacheControl(file.slice(base.length + 1), options.private ?? false),
        etag: entry.etag,
        vary: [...(entry.gzip ? ['accept-encoding'] : []), ...(options.perCookie ? ['cookie'] : [])].join(', '),
      };
      if (request.headers['if-none-match'] === entry.etag) {
        response.writeHead(304, headers);
        return void response.end();
      }
      const gzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = gzip ? entry.gzip! : entry.body;
      response.writeHead(200, {
        ...headers,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'content-length': String(body.length),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    },
  };
}
