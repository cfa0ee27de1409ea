/**
 * The transitions the decks use between slides and between their backgrounds (`none` instead when the reader
 * asks for reduced motion, and in the speaker view's previews). Stated once: reveal.ts configures reveal.js
 * with them (its types check they are styles it has), and the build drops reveal.css's rules for every other
 * style (vite/reveal-css.ts). Free of reveal.js itself, so the build can read it.
 */
export const DECK_TRANSITIONS = { slide: 'slide', background: 'fade' } as const;

/** reveal.js's transition styles (its type `TransitionStyle`), as a list the build can read. */
const REVEAL_TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'] as const;

/** The styles no deck asks reveal.js for, between slides or between backgrounds. */
export const unusedTransitions = (kind: keyof typeof DECK_TRANSITIONS): string[] =>
  REVEAL_TRANSITIONS.filter((style) => style !== 'none' && style !== DECK_TRANSITIONS[kind]);
