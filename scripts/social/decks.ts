// What the preview images are drawn for, from the slides themselves: scripts/social/cli.mjs loads this
// one file with Vite's module runner, as the benchmark loads its slide data.
export { DECKS } from '../../slides/decks';
export { LANGS } from '../../slides/types';
