import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { escapeHtml } from '../scripts/lib/html.mjs';
import type * as Decks from '../slides/decks.ts';
import { LANGS, type Lang } from '../slides/types.ts';
import type * as PageMetaModule from '../src/page/meta.ts';
import { deckPageFile, PAGE_DECK_ATTRIBUTE } from '../src/page/deck-page.js';

/** `html` with its `<meta>` tag's content set, the tag added to the head when it has none. */
function withMeta(html: string, { attribute, key, content }: PageMetaModule.MetaTag): string {
  const tag = new RegExp(`(<meta\\s+${attribute}="${key.replace(/[.:]/g, '\\$&')}"\\s+content=")[^"]*(")`);
  const value = escapeHtml(content);
  return tag.test(html)
    ? html.replace(tag, (_, before: string, after: string) => `${before}${value}${after}`)
    : html.replace('</head>', `  <meta ${attribute}="${key}" content="${value}" />\n  </head>`);
}

/**
 * Link previews (chat apps, social sites) read only the HTML, so the build writes each page's preview into
 * it: index.html gets the site's, in English, and `<deck>-<lang>.html`, written beside it for every deck and
 * language, is the same page with that deck's title, description, language and image. The slides and the
 * page's tags are loaded through Vite's module runner: imported here, they would be bundled with the
 * config, which Vite warns about for their extensionless imports.
 * `publicUrl` (VITE_PUBLIC_URL) makes the image address absolute, as some crawlers require.
 */
export const linkPreviews = (publicUrl: string | undefined): Plugin => ({
  name: 'link-previews',
  apply: 'build',
  generateBundle: {
    order: 'post',
    async handler(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const load = async <T>(path: string) =>
        (await runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'warn' }))
          .module;
      const [{ DECKS }, { pageMetaTags, deckPageMeta, sitePageMeta }] = await Promise.all([
        load<typeof Decks>('../slides/decks.ts'),
        load<typeof PageMetaModule>('../src/page/meta.ts'),
      ]);
      const page = String(index.source);
      // A deck page says which deck it is, so that its address alone opens that deck (src/page/context.ts).
      const withPreview = (meta: PageMetaModule.PageMeta, lang: Lang, deckId?: string) =>
        pageMetaTags(meta, publicUrl ? new URL(meta.image, publicUrl).href : `./${meta.image}`).reduce(
          withMeta,
          page
            .replace(
              /<html lang="[^"]*"/,
              deckId ? `<html lang="${lang}" ${PAGE_DECK_ATTRIBUTE}="${escapeHtml(deckId)}"` : `<html lang="${lang}"`,
            )
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`),
        );
      index.source = withPreview(sitePageMeta('en'), 'en');
      for (const deck of DECKS)
        for (const lang of LANGS)
          this.emitFile({
            type: 'asset',
            fileName: deckPageFile(deck.id, lang),
            source: withPreview(deckPageMeta(deck, lang), lang, deck.id),
          });
    },
  },
});
