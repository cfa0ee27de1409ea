import { LANGS, type DeckModule, type Lang } from '../../slides/types';
import { DECK_PAGES } from '../build-flags';
import type { View } from '../state/view';
import type { PageContext } from './context';
import { deckPageFile } from './deck-page';
import {
  deckHref,
  DECK_PARAM,
  formatQuery,
  LANG_PARAM,
  NOTES_PARAM,
  slideHash,
  SPEAKER_CHANNEL_PARAM,
  SUB_PARAM,
} from './query';
import type { SlidePosition } from './query';

/** What the address says: the deck's view and slide, or the landing page's language. */
export type AddressState =
  | { readonly deck: DeckModule; readonly view: View; readonly slide: SlidePosition }
  | { readonly deck: null; readonly lang: Lang };

const langOf = (state: AddressState): Lang => (state.deck ? state.view.lang : state.lang);

/** The file a state lives at: the deck's own page where the build has one (its HTML carries its preview). */
const fileFor = (state: AddressState, lang: Lang, currentFile: string): string => {
  if (!DECK_PAGES) return currentFile;
  if (state.deck) return deckPageFile(state.deck.id, lang);
  // The landing page moves off a deck page: that page alone would open its deck.
  return currentFile === 'index.html' ? currentFile : '';
};

/**
 * The address for a state, from the one the page has: the deck's page, the deck and its view in the
 * query (the main language, the one beneath, the notes' language when it differs), a preview's channel,
 * the view's reveal.js options (speaker-view previews, print), and the slide in the hash. Pure: `href`
 * is only a base.
 */
export function addressFor(href: string, context: PageContext, state: AddressState): string {
  const url = new URL(href);
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  url.pathname = url.pathname.slice(0, url.pathname.length - file.length) + fileFor(state, langOf(state), file);
  url.search = state.deck
    ? formatQuery([
        [DECK_PARAM, state.deck.id],
        [LANG_PARAM, state.view.lang],
        [SUB_PARAM, state.view.sub],
        [NOTES_PARAM, state.view.notes === state.view.lang ? null : state.view.notes],
        [SPEAKER_CHANNEL_PARAM, context.speakerChannel],
        ...context.revealOptions,
      ])
    : formatQuery([[LANG_PARAM, state.lang]]);
  url.hash = state.deck ? slideHash(state.slide) : '';
  return url.href;
}

/** The address that names the page itself in `lang`, for search engines: no screen mode, no slide. */
export function canonicalFor(href: string, context: PageContext, state: AddressState, lang: Lang): string {
  const url = new URL(addressFor(href, { ...context, revealOptions: [], speakerChannel: null }, state));
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  url.pathname = url.pathname.slice(0, url.pathname.length - file.length) + fileFor(state, lang, file);
  url.search = state.deck ? deckHref(state.deck.id, lang) : formatQuery([[LANG_PARAM, lang]]);
  url.hash = '';
  return url.href;
}

function setLink(rel: string, href: string, hreflang?: Lang): void {
  const selector = hreflang ? `link[rel="${rel}"][hreflang="${hreflang}"]` : `link[rel="${rel}"]`;
  let link = document.head.querySelector<HTMLLinkElement>(selector);
  if (!link) {
    link = document.createElement('link');
    link.rel = rel;
    if (hreflang) link.hreflang = hreflang;
    document.head.append(link);
  }
  link.href = href;
}

function setOgUrl(href: string): void {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[property="og:url"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.setAttribute('property', 'og:url');
    document.head.append(meta);
  }
  meta.content = href;
}

// Browsers throttle history updates (Safari refuses more than 100 in 30 s), so a held arrow key writes
// the address at most this often, the last position always; reveal.js does the same. Only moves between
// slides wait: a new language or view is written at once, so a reload straight after keeps it.
const MIN_WRITE_INTERVAL_MS = 300;

const withoutHash = (href: string) => href.split('#')[0]!;

/** Writes the address: the only caller of `history.replaceState`, and the only writer of the tags that name the page. */
export interface Address {
  /** Shows `state` in the address bar and in og:url, canonical and alternate-language links. */
  show(state: AddressState): void;
}

export function createAddress(context: PageContext): Address {
  let pending: AddressState | null = null;
  let lastWrite = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The address last written but its slide: the tags that name the page change only with it.
  let page: string | null = null;

  // The address bar and the tags are written together: they agree at every moment.
  const write = (state: AddressState, href: string) => {
    pending = null;
    lastWrite = performance.now();
    if (href !== location.href) history.replaceState(history.state, '', href);
    if (withoutHash(href) === page) return;
    page = withoutHash(href);
    setOgUrl(page);
    setLink('canonical', canonicalFor(href, context, state, langOf(state)));
    for (const lang of LANGS) setLink('alternate', canonicalFor(href, context, state, lang), lang);
  };

  return {
    show(state) {
      const href = addressFor(location.href, context, state);
      const wait = lastWrite + MIN_WRITE_INTERVAL_MS - performance.now();
      if (wait <= 0 || withoutHash(href) !== page) {
        clearTimeout(timer);
        timer = undefined;
        return write(state, href);
      }
      pending = state;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (pending) write(pending, addressFor(location.href, context, pending));
      }, wait);
    },
  };
}
