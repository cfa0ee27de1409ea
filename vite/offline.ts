import { readFileSync } from 'node:fs';
import type { AtRule } from 'postcss';
import type { Plugin } from 'vite';

/** Every browser that runs the deck reads WOFF2; inlining the WOFF fallbacks too would double the fonts' weight. */
export const dropWoffFallbacks = {
  postcssPlugin: 'drop-woff-fallbacks',
  AtRule: {
    'font-face': (rule: AtRule) => {
      rule.walkDecls('src', (decl) => {
        decl.value = decl.value
          .split(/,\s*(?=url\()/)
          .filter((source) => !/format\(['"]woff['"]\)/.test(source))
          .join(', ');
      });
    },
  },
};

/** The one offline file must not point at a favicon beside it. */
export const inlineFavicon = (): Plugin => ({
  name: 'inline-favicon',
  transformIndexHtml: (html) =>
    html.replace(
      'href="./favicon.svg"',
      `href="data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8').trim())}"`,
    ),
});
