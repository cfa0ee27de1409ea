import type { Lang } from '../../slides/types';
import { DECK_PAGES } from '../build-flags';
import { deckHref, deckPageFile } from '../state/query';

/**
 * A deck's address relative to the site: its own page where the build has one (vite/link-previews.ts), so a
 * copied or shared link previews that deck; index.html in the offline file.
 */
export const deckLink = (deckId: string, lang: Lang): string =>
  (DECK_PAGES ? deckPageFile(deckId, lang) : '') + deckHref(deckId, lang);

/** `href` on the page of the deck in `lang`, its query and hash kept: the address bar then names the deck. */
export function onDeckPage(href: string, deckId: string, lang: Lang): string {
  if (!DECK_PAGES) return href;
  const url = new URL(href);
  url.pathname = url.pathname.replace(/[^/]*$/, deckPageFile(deckId, lang));
  return url.href;
}
