import type { DeckModule } from './types';
import coalition from './coalition';
import dsi from './dsi';

/** Every deck the site serves, in the order the landing page lists them. */
export const DECKS: readonly DeckModule[] = [coalition, dsi];

/** The deck with this id, or undefined. */
export const findDeck = (id: string): DeckModule | undefined => DECKS.find((deck) => deck.id === id);
