/**
 * A slide's position in the address as reveal.js writes it: `#/h`, `#/h/v` or `#/h/v/f`, a trailing slash
 * allowed. Read by the page's context (src/page/query.ts) and by the script a deck page's HTML runs before any
 * other to mark the slide it paints first (vite/prerender.ts): the two must agree on every hash.
 */
export const SLIDE_HASH = /^#\/(\d+)(?:\/(\d+)(?:\/(\d+))?)?\/?$/;
