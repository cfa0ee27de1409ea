import type { Plugin } from 'vite';
import { escapeHtml } from '../scripts/lib/html.mjs';
import { RELAY_META_NAME } from '../src/live/relay-address.ts';

/** VITE_LIVE_URL as a URL: unset or empty is none; anything but an absolute http(s) URL stops the build. */
export function parseRelayUrl(value: string | undefined): URL | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`VITE_LIVE_URL must be an absolute URL such as https://live.example.org/ (got "${value}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`VITE_LIVE_URL must be an http(s) URL (got "${value}")`);
  return url;
}

/** `html` with the live-relay meta tag for `url` and the URL's origin added to the CSP's `connect-src`. */
export function withLiveRelay(html: string, url: URL): string {
  const connect = /(http-equiv="Content-Security-Policy"\s+content="[^"]*connect-src 'self')/;
  if (!connect.test(html)) throw new Error("index.html: no Content-Security-Policy with connect-src 'self' to extend");
  return html
    .replace(connect, `$1 ${url.origin}`)
    .replace('</head>', `  <meta name="${RELAY_META_NAME}" content="${escapeHtml(url.href)}" />\n  </head>`);
}

/**
 * A site hosted without a relay of its own follows the relay at VITE_LIVE_URL (`npm run live -- --relay-only`):
 * its pages get `<meta name="live-relay" content="URL">` and may connect to that origin. Without VITE_LIVE_URL the
 * pages carry no such tag and never connect (src/live/protocol.ts); `npm run live` adds the tag as it serves them.
 * The deck pages are copies of index.html (vite/link-previews.ts), so they carry it too.
 */
export function liveRelay(value: string | undefined): Plugin {
  const url = parseRelayUrl(value);
  return {
    name: 'live-relay',
    transformIndexHtml: (html) => (url ? withLiveRelay(html, url) : html),
  };
}
