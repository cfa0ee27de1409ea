import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The favicon as a data: URL in the HTML: one request fewer on a phone's first load, and the
 * offline file needs nothing beside it.
 */
export const inlineFavicon = (): Plugin => ({
  name: 'inline-favicon',
  transformIndexHtml: (html) =>
    html.replace(
      'href="./favicon.svg"',
      `href="data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8').trim())}"`,
    ),
});
