/**
 * The live client's decisions as pure functions, so they are tested without a browser or a server:
 * which revision to apply, what the follower's status becomes, how long to wait before reconnecting, and what
 * the publisher sends next.
 */
import { samePosition, type Position } from './protocol';

/** What an attendee's page shows about following. */
export type LiveStatus =
  /** Opening the stream for the first time. */
  | 'connecting'
  /** The stream is open: positions arrive as the presenter moves. */
  | 'live'
  /** The stream was lost after it had been open; trying again. */
  | 'reconnecting'
  /** Not following (stopped, or never started). */
  | 'off';

/** What happened to the follower's stream. */
export type StreamEvent =
  /** Following starts (or restarts after `stop`). */
  | 'start'
  /** The stream opened. */
  | 'open'
  /** The stream failed; the browser or the client will try again. */
  | 'error'
  /** Following stops. */
  | 'stop';

/** The status after `event`: `connecting` until the first open, `reconnecting` once it had been live. */
export function nextStatus(status: LiveStatus, event: StreamEvent): LiveStatus {
  switch (event) {
    case 'start':
      return status === 'off' ? 'connecting' : status;
    case 'stop':
      return 'off';
    case 'open':
      return status === 'off' ? 'off' : 'live';
    case 'error':
      return status === 'live' ? 'reconnecting' : status;
  }
}

/** True when a message of revision `rev` should be applied after `lastRev` (null: nothing applied yet). */
export const isNewer = (lastRev: number | null, rev: number): boolean => lastRev === null || rev > lastRev;

/** First reconnect delay, in ms; it doubles per failed attempt up to {@link MAX_RECONNECT_MS}. */
export const BASE_RECONNECT_MS = 1000;
/** Longest wait between reconnect attempts, in ms. */
export const MAX_RECONNECT_MS = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 for the first): exponential backoff with "equal jitter"
 * (half fixed, half random), so hundreds of phones that lost the venue's Wi-Fi together do not return together.
 * @param random a number in [0, 1), `Math.random` by default
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RECONNECT_MS, BASE_RECONNECT_MS * 2 ** Math.max(0, Math.min(attempt, 16)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The publisher's queue: one request in flight at a time, and of the changes made meanwhile only the latest is
 * kept. Fast key presses thus cost one request each round trip, and positions reach the relay in order.
 */
export interface PublishQueue {
  /** A request is on its way. */
  readonly inFlight: boolean;
  /** The latest position not yet sent, if any. */
  readonly pending: Position | null;
  /** The last position sent (or being sent), to skip repeats. */
  readonly sent: Position | null;
}

/** A queue with nothing sent. */
export const EMPTY_QUEUE: PublishQueue = { inFlight: false, pending: null, sent: null };

/** What the queue does next: its new state, and the position to send now (null: nothing to send). */
export interface QueueStep {
  readonly queue: PublishQueue;
  readonly send: Position | null;
}

/** The presenter moved to `position`. */
export function enqueuePosition(queue: PublishQueue, position: Position): QueueStep {
  if (queue.inFlight) {
    // Back where the request in flight goes: nothing more to send.
    const pending = queue.sent && samePosition(queue.sent, position) ? null : position;
    return { queue: { ...queue, pending }, send: null };
  }
  if (queue.sent && samePosition(queue.sent, position)) return { queue, send: null };
  return { queue: { inFlight: true, pending: null, sent: position }, send: position };
}

/** The request in flight has finished (accepted or not): send the pending position, if any. */
export function settleQueue(queue: PublishQueue): QueueStep {
  if (queue.pending) return { queue: { inFlight: true, pending: null, sent: queue.pending }, send: queue.pending };
  return { queue: { ...queue, inFlight: false }, send: null };
}

/** The request in flight failed and its position should go again (unless a newer one waits). */
export function retryQueue(queue: PublishQueue): QueueStep {
  const position = queue.pending ?? queue.sent;
  if (!position) return { queue: { ...queue, inFlight: false }, send: null };
  return { queue: { inFlight: true, pending: null, sent: position }, send: position };
}

/** The next `seq` after `last`: the clock in ms when it is ahead, so a reloaded presenter page starts above. */
export const nextSeq = (last: number, now: number = Date.now()): number => Math.max(last + 1, Math.floor(now));
