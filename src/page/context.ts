import { findDeck } from '../../slides/decks';
import type { DeckModule, Lang } from '../../slides/types';
import type { ViewChoices } from '../state/view';
import type { Notice } from '../ui/notices';
import { PAGE_DECK_ATTRIBUTE } from './deck-page';
import {
  DECK_PARAM,
  echoValue,
  handoutOf,
  LANG_PARAM,
  NOTES_PARAM,
  parseLang,
  parseSlideHash,
  readParam,
  revealOptionsOf,
  revealViewOf,
  slideNumberOf,
  SUB_PARAM,
  type HandoutRequest,
  type RevealView,
  type SlidePosition,
} from './query';

/** What the page is: the landing page, or a deck as the audience, the speaker view's previews or a PDF see it. */
export type PageView = 'landing' | 'deck' | RevealView;

/** The page's address as it arrived, and what the page's own HTML says it is. */
export interface PageInput {
  readonly href: string;
  /** A deck page's deck and language (`dsi-th.html` says `dsi`, `th`); null on index.html. */
  readonly pageDeck: { readonly deck: string; readonly lang: string } | null;
}

/** Everything the address asks for, read once at start-up and handed down; nothing else reads `location`. */
export interface PageContext {
  /** The address the page arrived at: the base for links it makes. */
  readonly href: string;
  readonly view: PageView;
  /** The deck to show; null on the landing page. */
  readonly deck: DeckModule | null;
  /** The language the address or the page names; null leaves it to the visitor's memory and browser. */
  readonly lang: Lang | null;
  /** Screen mode and notes language, as far as they do not depend on the language in force. */
  readonly sub: Lang | null;
  readonly notes: Lang | null;
  /** The slide to open, clamped to the deck; the first slide when the address names none. */
  readonly slide: SlidePosition;
  /** The reveal.js options this view takes from its address (exact values only), in order. */
  readonly revealOptions: readonly (readonly [string, string])[];
  /** The handout the print view lays out (`&handout=notes&paper=a4`); null elsewhere, and for the slides alone. */
  readonly handout: HandoutRequest | null;
  /** What the visitor is told about the address: an unknown deck or language, a slide past the end. */
  readonly notices: readonly Notice[];
}

const isPresent = <T>(value: T | null): value is T => value !== null;

/** Reads the page's address once, as a pure function of it (the page hands in `location` and its HTML). */
export function readPageContext({ href, pageDeck }: PageInput): PageContext {
  const { search, hash } = new URL(href);
  const deckId = readParam(search, DECK_PARAM) ?? pageDeck?.deck ?? null;
  const deck = deckId === null ? null : (findDeck(deckId) ?? null);
  // A deck page names its language unless the query names another.
  const langRequest = parseLang(readParam(search, LANG_PARAM) ?? (deck && pageDeck ? pageDeck.lang : null));
  const asked = langRequest.kind === 'lang' ? langRequest.lang : null;
  const sub = parseLang(readParam(search, SUB_PARAM));
  const notes = parseLang(readParam(search, NOTES_PARAM));
  const revealView = deck ? revealViewOf(search) : null;
  const revealOptions = revealOptionsOf(search, revealView);
  const handout = revealView === 'print' ? handoutOf(revealOptions) : null;

  const requested = parseSlideHash(hash);
  const last = deck ? deck.slides.length - 1 : 0;
  const pastTheEnd = deck !== null && requested !== null && requested.position.h > last;
  const slide: SlidePosition = pastTheEnd ? { h: last, v: 0 } : (requested?.position ?? { h: 0, v: 0 });

  // The bilingual handout's slides are in the deck's main language, whatever the address says.
  const lang = deck && handout?.layout === 'bilingual' ? deck.mainLang : asked;
  const notices: (Notice | null)[] = [
    deckId !== null && !deck ? { key: 'unknownDeck', params: { value: echoValue(deckId) } } : null,
    langRequest.kind === 'unknown' ? { key: 'unknownLanguage', params: { value: echoValue(langRequest.value) } } : null,
    pastTheEnd
      ? {
          key: 'slideOutOfRange',
          params: { requested: echoValue(slideNumberOf(requested.digits)), total: deck.slides.length },
        }
      : null,
  ];
  return {
    href,
    view: revealView ?? (deck ? 'deck' : 'landing'),
    deck,
    lang,
    sub: sub.kind === 'lang' ? sub.lang : null,
    notes: notes.kind === 'lang' ? notes.lang : null,
    slide,
    revealOptions,
    handout,
    notices: notices.filter(isPresent),
  };
}

/** The presenter's choices the address carries, for the language in force (a `sub` equal to it means none). */
export const choicesOf = (context: PageContext, lang: Lang): ViewChoices => ({
  dual: context.sub !== null && context.sub !== lang,
  notes: context.notes,
});

/** The page's own input: its address and what its HTML says it is (a deck page's deck and `lang`). */
export function readPage(page: Location, root: HTMLElement): PageInput {
  const deck = root.getAttribute(PAGE_DECK_ATTRIBUTE);
  return { href: page.href, pageDeck: deck ? { deck, lang: root.lang } : null };
}
