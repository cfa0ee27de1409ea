import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import type * as Decks from '../slides/decks.ts';
import { LANGS } from '../slides/types.ts';
import type * as PageMetaModule from '../src/page-meta.ts';
import { deckPageFile } from '../src/url-state.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `html` with its `<meta>` tag's content set, the tag added to the head when it has none. */
function withMeta(html: string, { attribute, key, content }: PageMetaModule.MetaTag): string {
  const tag = new RegExp(`(<meta\\s+${attribute}="${key.replace(/[.:]/g, '\\$&')}"\\s+content=")[^"]*(")`);
  const value = escapeHtml(content);
  return tag.test(html)
    ? html.replace(tag, (_, before: string, after: string) => `${before}${value}${after}`)
    : html.replace('</head>', `  <meta ${attribute}="${key}" content="${value}" />\n  </head>`);
}

/**
 * Writes `<deck>-<lang>.html` beside index.html for every deck and language: the same page, whose HTML
 * carries that deck's title, description, language and preview image. Link previews (chat apps, social
 * sites) read only the HTML, so a shared link to a deck's own page shows that deck. The slides and the
 * page's tags are loaded through Vite's module runner: imported here, they would be bundled with the
 * config, which Vite warns about for their extensionless imports.
 * `publicUrl` (VITE_PUBLIC_URL) makes the image address absolute, as some crawlers require.
 */
export const deckPages = (publicUrl: string | undefined): Plugin => ({
  name: 'deck-pages',
  apply: 'build',
  generateBundle: {
    order: 'post',
    async handler(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') return;
      const load = async <T>(path: string) =>
        (await runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), { configFile: false, logLevel: 'warn' }))
          .module;
      const [{ DECKS }, { pageMetaTags }] = await Promise.all([
        load<typeof Decks>('../slides/decks.ts'),
        load<typeof PageMetaModule>('../src/page-meta.ts'),
      ]);
      for (const deck of DECKS) {
        for (const lang of LANGS) {
          const about = deck.about[lang];
          const image = `social/${deck.id}-${lang}.png`;
          const imageUrl = publicUrl ? new URL(image, publicUrl).href : `./${image}`;
          const tags = pageMetaTags({ ...about, image, lang }, imageUrl);
          const html = tags.reduce(
            withMeta,
            String(index.source)
              .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
              .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(about.title)}</title>`),
          );
          this.emitFile({ type: 'asset', fileName: deckPageFile(deck.id, lang), source: html });
        }
      }
    },
  },
});
