import { readFileSync } from 'node:fs';
import type { AtRule } from 'postcss';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

// Every browser that runs the deck reads WOFF2; inlining the WOFF fallbacks too would double the fonts' weight.
const dropWoffFallbacks = {
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

// The one file must not point at a favicon beside it.
const inlineFavicon = (): Plugin => ({
  name: 'inline-favicon',
  transformIndexHtml: (html) =>
    html.replace(
      'href="./favicon.svg"',
      `href="data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8').trim())}"`,
    ),
});

// `vite build --mode offline` writes one self-contained HTML file (scripts, styles and fonts inlined)
// that opens from a USB stick by double-click, with no request to any network.
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    // Relative asset URLs: the built site works from any sub-path or static host.
    base: './',
    publicDir: offline ? false : 'public',
    plugins: offline ? [inlineFavicon(), viteSingleFile({ removeViteModuleLoader: true })] : [],
    css: offline ? { postcss: { plugins: [dropWoffFallbacks] } } : {},
    build: {
      target: 'es2022',
      outDir: offline ? 'dist/offline' : 'dist',
      // Fonts stay separate files on the web (fetched per unicode-range subset); offline they must be inlined.
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 0,
    },
  };
});
