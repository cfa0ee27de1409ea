import type { Lang } from '../../slides/types';
import { DECK_PAGES } from '../build-flags';
import { deckPageFile } from './deck-page';
import { deckHref } from './query';

/**
 * A deck's address relative to the site: its own page where the build has one (vite/link-previews.ts), so a
 * copied or shared link previews that deck; index.html in the offline file.
 */
export const deckLink = (deckId: string, lang: Lang): string =>
  (DECK_PAGES ? deckPageFile(deckId, lang) : '') + deckHref(deckId, lang);
