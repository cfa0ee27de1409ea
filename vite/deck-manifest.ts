import type { Plugin } from 'vite';
import { DECKS } from '../slides/decks.ts';

/** Where a built site lists the ids of the decks it serves. */
export const DECK_MANIFEST = 'decks.json';

/**
 * Writes `decks.json`, the ids of the decks the site serves in landing-page order, so tools that work on
 * the built site (the PDF export) read them from the site itself without loading a page to find them.
 */
export const deckManifest = (): Plugin => ({
  name: 'deck-manifest',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: DECK_MANIFEST, source: JSON.stringify(DECKS.map((deck) => deck.id)) });
  },
});
