// What the bare deck is made of, from the product's own modules: the benchmark loads this one file
// with Vite's module runner (scripts/bench/fixture.mjs) and writes the slides out as static HTML.
export { DECKS } from '../../../slides/decks';
export { LANGS } from '../../../slides/types';
export { formatEventDate } from '../../../src/i18n/dates';
