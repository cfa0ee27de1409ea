// Kept free of imports: the build (vite/link-previews.ts) loads it with the Vite config.

/**
 * The page of a deck in a language, beside index.html: the same app, with that deck's title, description
 * and preview image in its HTML for link previews, whose crawlers run no script (vite/link-previews.ts).
 */
export const deckPageFile = (deckId: string, lang: string): string => `${deckId}-${lang}.html`;

/** The attribute the build writes on a deck page's `<html>`: `data-deck="dsi"` (its `lang` says the language). */
export const PAGE_DECK_ATTRIBUTE = 'data-deck';
