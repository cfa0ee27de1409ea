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

// Anything longer than this in a message is cut: a hostile query cannot flood the page.
const MAX_ECHO_LENGTH = 40;

/** Shortens a value from the URL before it is echoed back in a message (as text, never markup). */
export function echoValue(value: string): string {
  const clean = value.replace(/[\p{C}]/gu, '').trim();
  return clean.length > MAX_ECHO_LENGTH ? `${clean.slice(0, MAX_ECHO_LENGTH)}…` : clean;
}

/** Reads one query parameter; an empty value counts as absent. */
export function readParam(search: string, name: string): string | null {
  const value = new URLSearchParams(search).get(name);
  return value === null || value.trim() === '' ? null : value.trim();
}

/** The same URL with `params` set (or removed when null), keeping path and hash. */
export function withParams(href: string, params: Readonly<Record<string, string | null>>): string {
  const url = new URL(href);
  for (const [name, value] of Object.entries(params)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  return url.href;
}

/** A relative link to a deck in a language, valid from any sub-path. */
export const deckHref = (deckId: string, lang: string): string =>
  `?${new URLSearchParams({ [DECK_PARAM]: deckId, [LANG_PARAM]: lang }).toString()}`;

/**
 * The page of a deck in a language, beside index.html: the same app, with that deck's title, description
 * and preview image in its HTML for link previews, whose crawlers run no script (vite/link-previews.ts).
 */
export const deckPageFile = (deckId: string, lang: string): string => `${deckId}-${lang}.html`;

/** True in reveal.js's print view (`?print-pdf`), decided as reveal.js itself decides it. */
export const isPrintView = (search: string): boolean => /print-pdf/i.test(search);

/** The horizontal slide index a `#/N` hash asks for, or null when it names none. */
export function requestedSlideIndex(hash: string): number | null {
  const match = /^#\/(\d+)/.exec(hash);
  return match ? Number(match[1]) : null;
}

// Our own parameters, with any value (they are validated where they are read).
const OWN_PARAMS = new Set([DECK_PARAM, LANG_PARAM, SUB_PARAM, NOTES_PARAM]);
// reveal.js reads its configuration from the query string too. Only these options may come from
// there (print view, speaker-view previews), and only as plain words: `?url=javascript%3A…` would
// otherwise reach the speaker view's preview frames.
const REVEAL_PARAMS = new Set([
  'print-pdf',
  'showNotes',
  'receiver',
  'progress',
  'history',
  'transition',
  'autoSlide',
  'backgroundTransition',
  'scrollActivationWidth',
  'postMessageEvents',
  'controls',
]);
const PLAIN_VALUE = /^[\w.-]*$/;

/** The query string with everything else dropped: only known parameters, reveal.js's as plain words. */
export function sanitizeQuery(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) {
    if (OWN_PARAMS.has(name) || (REVEAL_PARAMS.has(name) && PLAIN_VALUE.test(value))) kept.append(name, value);
  }
  const query = kept.toString().replace(/=(?=&|$)/g, '');
  return query ? `?${query}` : '';
}
