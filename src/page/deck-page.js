// @ts-check
// Plain JavaScript with no imports: the build (vite/link-previews.ts) loads it with the Vite config, and
// the PDF export (scripts/pdf/export.mjs) imports it as is to find the decks and languages a build has.

/**
 * The page of a deck in a language, beside index.html: the same app, with that deck's title, description
 * and preview image in its HTML for link previews, whose crawlers run no script (vite/link-previews.ts).
 * @param {string} deckId
 * @param {string} lang
 * @returns {string}
 */
export const deckPageFile = (deckId, lang) => `${deckId}-${lang}.html`;

/** The attribute the build writes on a deck page's `<html>`: `data-deck="dsi"` (its `lang` says the language). */
export const PAGE_DECK_ATTRIBUTE = 'data-deck';
