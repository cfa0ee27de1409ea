import type { Plugin } from 'vite';
import { escapeHtml } from '../scripts/lib/html.mjs';
import type * as Decks from '../slides/decks.ts';
import { LANGS, type Lang } from '../slides/types.ts';
import type * as PageMetaModule from '../src/page/meta.ts';
import { deckPageFile, PAGE_DECK_ATTRIBUTE } from '../src/page/deck-page.js';
import { withCspHashes } from './csp.ts';
import {
  firstSlideText,
  FIRST_SLIDE_SCRIPT,
  FRAME_SCRIPT,
  builtTypeOf,
  landingText,
  loadModule,
  renderPage,
  type Prerender,
} from './prerender.ts';

/** `html` with its `<meta>` tag's content set, the tag added to the head when it has none. */
function withMeta(html: string, { attribute, key, content }: PageMetaModule.MetaTag): string {
  const tag = new RegExp(`(<meta\\s+${attribute}="${key.replace(/[.:]/g, '\\$&')}"\\s+content=")[^"]*(")`);
  const value = escapeHtml(content);
  return tag.test(html)
    ? html.replace(tag, (_, before: string, after: string) => `${before}${value}${after}`)
    : html.replace('</head>', `  <meta ${attribute}="${key}" content="${value}" />\n  </head>`);
}

/**
 * The site's pages, each with its content in its HTML (vite/prerender.ts) for a first paint before any
 * script and for readers and crawlers that run none. Link previews (chat apps, social sites) read only the
 * HTML too, so the build writes each page's preview into it: index.html gets the site's, in English, with the
 * landing page rendered, and `<deck>-<lang>.html`, written beside it for every deck and language, is the same
 * page with that deck's title, description, language, image and slides. The offline file (one page, no deck
 * pages) gets the landing page alone. The slides, the renderers and the page's tags are loaded through Vite's
 * module runner in the build's mode: imported here, they would be bundled with the config, which Vite warns
 * about for their extensionless imports. `publicUrl` (VITE_PUBLIC_URL) makes the image address absolute, as
 * some crawlers require.
 */
export const linkPreviews = ({ publicUrl, mode }: { publicUrl: string | undefined; mode: string }): Plugin => ({
  name: 'link-previews',
  apply: 'build',
  generateBundle: {
    order: 'post',
    async handler(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const [{ DECKS }, { pageMetaTags, deckPageMeta, sitePageMeta }, prerender] = await Promise.all([
        loadModule<typeof Decks>('../slides/decks.ts', mode),
        loadModule<typeof PageMetaModule>('../src/page/meta.ts', mode),
        loadModule<Prerender>('../src/render/prerender.ts', mode),
      ]);
      const type = builtTypeOf(bundle);
      const page = String(index.source);
      const landing = () => renderPage(page, () => prerender.prerenderLanding('en'), landingText, type);
      if (mode === 'offline') {
        index.source = await landing();
        return;
      }
      // A deck page says which deck it is, so that its address alone opens that deck (src/page/context.ts).
      const withPreview = (html: string, meta: PageMetaModule.PageMeta, lang: Lang, deckId?: string) =>
        pageMetaTags(meta, publicUrl ? new URL(meta.image, publicUrl).href : `./${meta.image}`).reduce(
          withMeta,
          html
            .replace(
              /<html lang="[^"]*"/,
              deckId ? `<html lang="${lang}" ${PAGE_DECK_ATTRIBUTE}="${escapeHtml(deckId)}"` : `<html lang="${lang}"`,
            )
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`),
        );
      index.source = withCspHashes(withPreview(await landing(), sitePageMeta('en'), 'en'), 'index.html');
      for (const deck of DECKS)
        for (const lang of LANGS) {
          const fileName = deckPageFile(deck.id, lang);
          const html = await renderPage(
            withPreview(page, deckPageMeta(deck, lang), lang, deck.id),
            () => prerender.prerenderDeck(deck, lang),
            firstSlideText,
            type,
          );
          // The frame's script goes in before the slides, the first slide's after them; their hashes into the
          // page's policy.
          const withScript = html.replace(
            /(<div class="slides">[\s\S]*<\/section><\/div>)/,
            `<script>${FRAME_SCRIPT}</script>$1<script>${FIRST_SLIDE_SCRIPT}</script>`,
          );
          if (withScript === html) throw new Error(`${fileName}: no slides to follow with the first-slide script`);
          this.emitFile({ type: 'asset', fileName, source: withCspHashes(withScript, fileName) });
        }
    },
  },
});
