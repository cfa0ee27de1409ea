import { LANGS, type Lang } from '../../slides/types';
import { SLIDE_HASH } from './slide-hash';
import { HANDOUT_LAYOUTS, HANDOUT_PARAM, PAPER_PARAM, PAPERS, type HandoutLayout, type Paper } from '../print/pdfs.js';

/** Query parameter that picks a deck: `?deck=coalition`. */
export const DECK_PARAM = 'deck';
/** Query parameter that carries the language: `?lang=th`. */
export const LANG_PARAM = 'lang';
/** `?sub=en`: the other language shown smaller beneath the main one. */
export const SUB_PARAM = 'sub';
/**
 * `?speakerLang=en`: the speaker notes' language when it differs from the screen's. Not `notes`:
 * reveal.js's notes plugin opens the speaker view on load when the query has a `notes` parameter.
 */
export const NOTES_PARAM = 'speakerLang';
/**
 * `?speakerChannel=…`: on a speaker-view preview only, the channel of the one main window whose view it
 * follows (that window's random id), so that two tabs of a deck each keep their own speaker view.
 */
export const SPEAKER_CHANNEL_PARAM = 'speakerChannel';

/** A speaker-view channel id as the main window makes it (32 hex digits), or null for anything else. */
export const parseChannelId = (value: string | null): string | null =>
  value !== null && /^[0-9a-f]{32}$/.test(value) ? value : null;

// Anything longer than this in a message is cut: a hostile query cannot flood the page.
const MAX_ECHO_LENGTH = 40;

/** Shortens a value from the URL before it is echoed back in a message (as text, never markup). */
export function echoValue(value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '').trim();
  return clean.length > MAX_ECHO_LENGTH ? `${clean.slice(0, MAX_ECHO_LENGTH)}…` : clean;
}

/** The first non-empty value of a query parameter, trimmed; null when it has none. */
export function readParam(search: string, name: string): string | null {
  const value = new URLSearchParams(search).getAll(name).find((candidate) => candidate.trim() !== '');
  return value === undefined ? null : value.trim();
}

/** What `?lang=` asks for: a language the decks have, or the value it could not use (for a notice). */
export type LangRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'lang'; readonly lang: Lang }
  | { readonly kind: 'unknown'; readonly value: string };

/**
 * The one reading of a language value, from `?lang=` or a page's own `lang`: the first non-empty value,
 * trimmed, any case, region dropped (`TH`, ` th `, `th-TH` and `th_TH` all mean Thai).
 */
export function parseLang(value: string | null): LangRequest {
  if (value === null) return { kind: 'none' };
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  const lang = LANGS.find((candidate) => candidate === base);
  return lang ? { kind: 'lang', lang } : { kind: 'unknown', value };
}

/** A slide position as reveal.js counts it: horizontal index, vertical index, fragment. */
export interface SlidePosition {
  readonly h: number;
  readonly v: number;
  /** The last fragment shown; absent when none is. */
  readonly f?: number;
}

/** The slide a `#/h[/v[/f]]` hash asks for, as given (digits, so a huge number is echoed as typed). */
export interface SlideRequest {
  readonly position: SlidePosition;
  /** The horizontal index as written in the hash. */
  readonly digits: string;
}

// Past this many digits an index means nothing; it is still shown as typed in the notice.
const MAX_SAFE_DIGITS = 15;

/** The slide a `#/N` hash asks for, or null when it names none. */
export function parseSlideHash(hash: string): SlideRequest | null {
  const match = SLIDE_HASH.exec(hash);
  if (!match) return null;
  const [, h = '0', v, f] = match;
  const index = (digits: string | undefined) =>
    digits === undefined ? 0 : digits.length > MAX_SAFE_DIGITS ? Number.MAX_SAFE_INTEGER : Number(digits);
  return {
    digits: h.replace(/^0+(?=\d)/, ''),
    position: { h: index(h), v: index(v), ...(f === undefined ? {} : { f: index(f) }) },
  };
}

/** `N + 1`, written out exactly however long N is: a slide number for people, who count from 1. */
export const slideNumberOf = (digits: string): string => (BigInt(digits) + 1n).toString();

/** The hash reveal.js reads for a position: `#/3`, `#/3/1`, `#/3/0/2`. */
export function slideHash({ h, v, f }: SlidePosition): string {
  if (f !== undefined) return `#/${h}/${v}/${f}`;
  return v > 0 ? `#/${h}/${v}` : `#/${h}`;
}

/**
 * reveal.js reads its configuration from the query string, and a link must not reconfigure the
 * audience's screen. Only the views that need options get them, and only these exact values: the
 * speaker view's previews (reveal.js's notes plugin opens them with this query) and the print view.
 */
export const REVEAL_VIEW_OPTIONS = {
  receiver: {
    receiver: [''],
    progress: ['false'],
    history: ['false'],
    transition: ['none'],
    autoSlide: ['0'],
    backgroundTransition: ['none'],
    scrollActivationWidth: ['false'],
    postMessageEvents: ['true'],
    controls: ['false'],
  },
  print: {
    'print-pdf': [''],
    // The handout (src/print/handout.ts): the print view's slides on paper, their notes beneath.
    [HANDOUT_PARAM]: HANDOUT_LAYOUTS,
    [PAPER_PARAM]: PAPERS,
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type RevealView = keyof typeof REVEAL_VIEW_OPTIONS;

/** The reveal.js view a query asks for by its marker parameter (`?receiver`, `?print-pdf`), by name only. */
export function revealViewOf(search: string): RevealView | null {
  const names = new Set(new URLSearchParams(search).keys());
  if (names.has('print-pdf')) return 'print';
  return names.has('receiver') ? 'receiver' : null;
}

/** The reveal.js options of `search` that `view` allows, with exactly the allowed values, in order. */
export function revealOptionsOf(search: string, view: RevealView | null): [string, string][] {
  if (view === null) return [];
  const allowed: Readonly<Record<string, readonly string[]>> = REVEAL_VIEW_OPTIONS[view];
  const kept = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search))
    if (allowed[name]?.includes(value) && !kept.has(name)) kept.set(name, value);
  return [...kept];
}

/** A handout the print view is asked for: its layout and the paper it is laid out on. */
export interface HandoutRequest {
  readonly layout: HandoutLayout;
  /** @default the first of PAPERS, A4 */
  readonly paper: Paper;
}

/** The handout that reveal.js options already allowed (`revealOptionsOf`) ask for; null for the slides alone. */
export function handoutOf(options: readonly (readonly [string, string])[]): HandoutRequest | null {
  const value = (name: string) => options.find(([option]) => option === name)?.[1];
  const layout = HANDOUT_LAYOUTS.find((candidate) => candidate === value(HANDOUT_PARAM));
  if (!layout) return null;
  return { layout, paper: PAPERS.find((candidate) => candidate === value(PAPER_PARAM)) ?? PAPERS[0] };
}

/** A query string from pairs, leaving `name` bare where the value is empty (`?receiver&progress=false`). */
export function formatQuery(pairs: readonly (readonly [string, string | null])[]): string {
  const parts = pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== null)
    .map(([name, value]) => {
      const encoded = new URLSearchParams({ [name]: value }).toString();
      return value === '' ? encoded.slice(0, -1) : encoded;
    });
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A relative link to a deck in a language, valid from any sub-path. */
export const deckHref = (deckId: string, lang: string): string =>
  formatQuery([
    [DECK_PARAM, deckId],
    [LANG_PARAM, lang],
  ]);
