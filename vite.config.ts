import { defineConfig, loadEnv } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashes } from './vite/csp.ts';
import { linkPreviews } from './vite/link-previews.ts';
import { inlineFavicon } from './vite/favicon.ts';
import { dropWoffFallbacks } from './vite/woff2-only.ts';
import { dropUnusedRevealRules } from './vite/reveal-css.ts';
import { fontSubsets } from './vite/font-subsets.ts';
import { stripSpeakerNotes } from './vite/strip-notes.ts';
import { liveRelay } from './vite/live-relay.ts';

/**
 * Modes: the default build (`dist/`, speaker notes included, for the speaker); `public` (`dist/` without
 * any speaker note, for the hosted link); `offline` writes one self-contained HTML file (`dist/offline/`)
 * that opens from a USB stick by double-click with no request to any network.
 */
export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  return {
    // Relative asset URLs: the built site works from any sub-path or static host.
    base: './',
    publicDir: offline ? false : 'public',
    plugins: [
      fontSubsets(),
      inlineFavicon(),
      ...(mode === 'public' ? [stripSpeakerNotes()] : []),
      ...(offline ? [viteSingleFile({ removeViteModuleLoader: true })] : []),
      // The offline file never connects: no relay for it, whatever VITE_LIVE_URL says.
      ...(offline ? [] : [liveRelay(loadEnv(mode, process.cwd(), 'VITE_')['VITE_LIVE_URL'])]),
      cspHashes(),
      // After cspHashes: the pages get the finished index.html with its CSP hashes (and hash their own scripts).
      linkPreviews({ publicUrl: loadEnv(mode, process.cwd(), 'VITE_')['VITE_PUBLIC_URL'], mode }),
    ],
    css: { postcss: { plugins: [dropWoffFallbacks, dropUnusedRevealRules] } },
    build: {
      target: 'es2022',
      outDir: offline ? 'dist/offline' : 'dist',
      // Fonts stay separate files on the web (fetched per unicode-range subset); offline they must be inlined.
      assetsInlineLimit: offline ? Number.MAX_SAFE_INTEGER : 0,
      // No page's HTML links a module preload (its entry is imported by a script, vite/prerender.ts); a browser
      // without modulepreload skips Vite's hints for lazy chunks and fetches each chunk when it is imported.
      modulePreload: { polyfill: false },
    },
  };
});
