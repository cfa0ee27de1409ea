/**
 * The current position of every deck. Behind an interface so that several relay nodes can share it through Redis
 * next (a hash per deck and a script that checks `seq` and assigns the revision atomically); in memory for now.
 */
import type { LiveState, PublishBody } from '../protocol';

/** What a publish did: the new state, or why nothing changed. */
export type PublishOutcome =
  | { readonly accepted: true; readonly state: LiveState; readonly seq: number }
  | { readonly accepted: false; readonly reason: 'stale'; readonly seq: number };

/** Current state per deck. */
export interface PositionStore {
  /** The deck's current state, or null before the presenter's first change. */
  current(deckId: string): Promise<LiveState | null>;
  /**
   * Takes the presenter's position when its `seq` is above the last accepted one for the deck, and gives it the
   * next revision (above the last, and never below the clock in ms, so revisions keep growing across restarts).
   */
  publish(deckId: string, body: PublishBody): Promise<PublishOutcome>;
  /** Releases what the store holds (a Redis connection). */
  close(): Promise<void>;
}

/** The revision after `previous`: one more, or the clock in ms when that is higher. */
export const nextRevision = (previous: number, now: number): number => Math.max(previous + 1, Math.floor(now));

/** The store of one process. */
export function createMemoryStore(now: () => number = Date.now): PositionStore {
  const decks = new Map<string, { state: LiveState; seq: number }>();
  return {
    current: async (deckId) => decks.get(deckId)?.state ?? null,
    publish: async (deckId, { h, v, f, seq }) => {
      const previous = decks.get(deckId);
      if (previous && seq <= previous.seq) return { accepted: false, reason: 'stale', seq: previous.seq };
      const state: LiveState = { deck: deckId, rev: nextRevision(previous?.state.rev ?? 0, now()), h, v, f };
      decks.set(deckId, { state, seq });
      return { accepted: true, state, seq };
    },
    close: async () => {},
  };
}

/** The shared store (Redis) cannot be reached now: the request is answered 503, to be retried. */
export class StoreUnavailableError extends Error {}
