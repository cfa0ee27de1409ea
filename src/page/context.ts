import { findDeck } from '../../slides/decks';
import type { DeckModule, Lang } from '../../slides/types';
import type { ViewChoices } from '../state/view';
import { readRelayUrl } from '../live/relay-address';
import type { Notice } from '../ui/notices';
import { PAGE_DECK_ATTRIBUTE } from './deck-page';
import { readFraming, type Framing } from './framing';
import {
  DECK_PARAM,
  echoValue,
  handoutOf,
  LANG_PARAM,
  NOTES_PARAM,
  parseChannelId,
  parseLang,
  parseSlideHash,
  readParam,
  revealOptionsOf,
  revealViewOf,
  slideNumberOf,
  SPEAKER_CHANNEL_PARAM,
  SUB_PARAM,
  type HandoutRequest,
  type RevealView,
  type SlidePosition,
} from './query';

/**
 * What the page is: the landing page, or a deck as the audience, the speaker view's previews or a PDF see
 * it; `foreign-frame` when another site frames it (it then shows a notice, not the deck).
 */
export type PageView = 'landing' | 'deck' | 'foreign-frame' | RevealView;

/** The page's address as it arrived, and what the page's own HTML says it is. */
export interface PageInput {
  readonly href: string;
  /** A deck page's deck and language (`dsi-th.html` says `dsi`, `th`); null on index.html. */
  readonly pageDeck: { readonly deck: string; readonly lang: string } | null;
  /** The live relay the page names (`<meta name="live-relay">`), or null (a static host, the offline file). */
  readonly relay?: string | null;
  /**
   * Who frames the page (src/page/framing.ts).
   * @default 'top'
   */
  readonly framing?: Framing;
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
  /** On a speaker-view preview, the channel of the main window it follows; null elsewhere or when missing. */
  readonly speakerChannel: string | null;
  /** The handout the print view lays out (`&handout=notes&paper=a4`); null elsewhere, and for the slides alone. */
  readonly handout: HandoutRequest | null;
  /** What the visitor is told about the address: an unknown deck or language, a slide past the end. */
  readonly notices: readonly Notice[];
  /** The live relay to follow or publish through: only a deck's main window has one (never a preview or a PDF). */
  readonly relay: string | null;
}

const isPresent = <T>(value: T | null): value is T => value !== null;

/** Reads the page's address once, as a pure function of it (the page hands in `location` and its HTML). */
export function readPageContext({ href, pageDeck, relay = null, framing = 'top' }: PageInput): PageContext {
  const { search, hash, protocol } = new URL(href);
  // No web page can frame a file, and each file is an origin of its own: a file's frames are its own
  // speaker view's previews (the offline copy).
  const isFile = protocol === 'file:';
  const foreignFrame = framing === 'cross-origin' && !isFile;
  const ownFrame = framing === 'same-origin' || (framing === 'cross-origin' && isFile);
  const deckId = readParam(search, DECK_PARAM) ?? pageDeck?.deck ?? null;
  const deck = deckId === null ? null : (findDeck(deckId) ?? null);
  // A deck page names its language unless the query names another.
  const langRequest = parseLang(readParam(search, LANG_PARAM) ?? (deck && pageDeck ? pageDeck.lang : null));
  const asked = langRequest.kind === 'lang' ? langRequest.lang : null;
  const sub = parseLang(readParam(search, SUB_PARAM));
  const notes = parseLang(readParam(search, NOTES_PARAM));
  // A preview only inside its speaker view: `?receiver` on an ordinary tab is the deck itself.
  const askedView = deck && !foreignFrame ? revealViewOf(search) : null;
  const revealView = askedView === 'receiver' && !ownFrame ? null : askedView;
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
  const view: PageView = foreignFrame ? 'foreign-frame' : (revealView ?? (deck ? 'deck' : 'landing'));
  return {
    href,
    view,
    deck,
    lang,
    sub: sub.kind === 'lang' ? sub.lang : null,
    notes: notes.kind === 'lang' ? notes.lang : null,
    slide,
    revealOptions,
    speakerChannel: revealView === 'receiver' ? parseChannelId(readParam(search, SPEAKER_CHANNEL_PARAM)) : null,
    handout,
    notices: notices.filter(isPresent),
    relay: view === 'deck' ? relay : null,
  };
}

/** The presenter's choices the address carries, for the language in force (a `sub` equal to it means none). */
export const choicesOf = (context: PageContext, lang: Lang): ViewChoices => ({
  dual: context.sub !== null && context.sub !== lang,
  notes: context.notes,
});

/** The page's own input: its address, what its HTML says it is (a deck page's deck and `lang`), its frame. */
export function readPage(page: Location, root: HTMLElement, frame: Window): PageInput {
  const deck = root.getAttribute(PAGE_DECK_ATTRIBUTE);
  return {
    href: page.href,
    pageDeck: deck ? { deck, lang: root.lang } : null,
    relay: readRelayUrl(root.ownerDocument)?.href ?? null,
    framing: readFraming(frame),
  };
}
