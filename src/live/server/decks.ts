/** The decks the relay knows, from slides/decks.ts: their ids and how far a position may go in each. */
import { DECKS, findDeck } from '../../../slides/decks';
import type { Position } from '../protocol';

/** Every deck id the relay accepts. */
export const DECK_IDS: readonly string[] = DECKS.map((deck) => deck.id);

/** True when `id` names a deck. */
export const isDeckId = (id: string): boolean => findDeck(id) !== undefined;

/**
 * Why `position` lies outside deck `deckId`, or null when it is inside. A deck is a row of slides with no vertical
 * stacks (slides/types.ts has none), so `v` is always 0; fragments are bounded by the protocol alone.
 */
export function outOfRange(deckId: string, position: Position): string | null {
  const deck = findDeck(deckId);
  if (!deck) return 'no such deck';
  if (position.h >= deck.slides.length) return `"h" must be below ${deck.slides.length}, the deck's slide count`;
  if (position.v !== 0) return '"v" must be 0: the deck has no vertical slides';
  return null;
}
