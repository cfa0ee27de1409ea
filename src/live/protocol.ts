/**
 * The live relay's wire protocol: what the presenter's deck sends, what attendees' decks receive, and how a
 * page learns whether it has a relay at all. Shared by the Node server (src/live/server/) and the browser
 * client (src/live/client.ts); nothing here touches the DOM or Node.
 *
 * ## How a page finds its relay
 * A page follows or publishes only when its HTML carries `<meta name="live-relay" content="URL">`
 * (`RELAY_META_NAME`, src/live/relay-address.ts); a page without it (a plain static host, the offline file) makes no live request.
 * - `npm run live` serves the built site and the relay on one origin and writes `content="/"` into every HTML page
 *   it serves; the page's CSP `connect-src 'self'` already allows it.
 * - A build with `VITE_LIVE_URL=https://live.example.org/` writes that URL into the meta tag and adds its origin to
 *   the CSP's `connect-src` (vite/live-relay.ts), for a static site whose relay runs elsewhere
 *   (`npm run live -- --relay-only --allow-origin https://site.example`).
 * The URL is the relay's base: every path below is relative to it.
 *
 * ## Routes (relative to the relay's base)
 * - `GET live/decks/<deck>/events`: Server-Sent Events for attendees. Sends `retry:` first (random per stream, so
 *   that phones return spread out after a restart), then the deck's current position at once (unless the
 *   `Last-Event-ID` header already names its revision), then every change, coalesced; a comment line every few
 *   seconds keeps proxies from closing the idle stream. No cookie is read or set.
 * - `POST live/decks/<deck>/position` (presenter only): a {@link PublishBody} as JSON, at most {@link MAX_BODY_BYTES};
 *   answers a {@link PublishReply}.
 * - `GET live/decks/<deck>/presenter` (presenter only): Server-Sent Events with the same `position` events plus
 *   `followers` ({@link FollowersMessage}), at most every few seconds and only when the count changed.
 * - `GET live/session`: a {@link SessionReply}: whether this browser is the paired presenter's (its cookie is sent
 *   along), so the page knows to publish rather than follow.
 * - `GET live/pair?token=…`: exchanges the single-use pairing token the server printed for the presenter's
 *   credential (an HttpOnly, SameSite=Strict cookie) and redirects (303) to the deck.
 * - `GET /healthz` (`{ "ok": true }`) and `GET /metrics` (Prometheus text, answered on loopback only), at the root.
 * With the site (`npm run live`), every other GET is a file of the built site: the build with speaker notes for the
 * paired presenter's browser, the public build for everyone else.
 *
 * Every `position` event carries its revision as the event id; a client applies only revisions above the last it
 * applied, so a late, repeated or reordered message never moves a phone back.
 *
 * Every error is one JSON shape, {@link ErrorBody}, with a status that says what happened: 400 bad input,
 * 403 not the presenter (or an origin not allowed), 404 unknown deck or path, 405 wrong method, 409 a stale `seq`,
 * 413 body too large, 415 not JSON, 429 too many failed pairings, 500 a bug, 503 too many connections.
 *
 * Nothing but positions travels: no notes, no language, no screen mode, nothing about an attendee.
 */

/** Largest publish body the relay reads, in bytes; a larger one is refused with 413. */
export const MAX_BODY_BYTES = 1024;

/** Highest fragment index a position may carry: a bound for validation, far above any slide's fragments. */
export const MAX_FRAGMENT_INDEX = 255;

/** Where the deck is, as reveal.js counts it (`Reveal.getIndices()`). */
export interface Position {
  /** Horizontal slide index, from 0. */
  readonly h: number;
  /** Vertical index in a stack of slides, from 0 (always 0 on a slide that is not in a stack). */
  readonly v: number;
  /** The last fragment shown, -1 before the first; null on a slide without fragments. */
  readonly f: number | null;
}

/** A deck's position as attendees receive it: the data of a `position` event. */
export interface LiveState extends Position {
  /** Deck id, as in `slides/decks.ts`. */
  readonly deck: string;
  /**
   * Revision: grows with every accepted change (never smaller than the server's clock in ms, so it keeps growing
   * across restarts). A client drops any message whose revision is not above the last it applied.
   */
  readonly rev: number;
}

/** What the presenter's deck posts. Any other field is refused: nothing else can ride along. */
export interface PublishBody extends Position {
  /**
   * The presenter's own counter, raised with every change (the publisher starts it from the clock). The relay
   * ignores a post whose `seq` is not above the last it accepted for the deck (a late or replayed request): 409.
   */
  readonly seq: number;
}

/** The relay's answer to an accepted publish. */
export interface PublishReply {
  /** The position attendees now receive. */
  readonly state: LiveState;
  /** The presenter's `seq` the relay accepted. */
  readonly seq: number;
  /** How many attendees follow the deck (refreshed every few seconds, not per connection). */
  readonly followers: number;
}

/** The answer to `GET live/session`. */
export interface SessionReply {
  /** True when the request carried the paired presenter's cookie. */
  readonly presenter: boolean;
}

/** The data of a `followers` event on the presenter's stream. */
export interface FollowersMessage {
  readonly deck: string;
  readonly followers: number;
}

/** Event names on the streams. */
export const LIVE_EVENTS = { position: 'position', followers: 'followers' } as const;

/** Every error code the relay answers with. */
export type ErrorCode =
  | 'bad_request'
  | 'bad_json'
  | 'invalid_position'
  | 'out_of_range'
  | 'forbidden'
  | 'pairing_failed'
  | 'not_found'
  | 'unknown_deck'
  | 'method_not_allowed'
  | 'stale'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

/** The one shape of every error the relay sends. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    /** A sentence for people; never echoes a credential. */
    readonly message: string;
    /** On a 409 `stale`: the last `seq` the relay accepted, so a publisher whose clock went back can jump past it. */
    readonly seq?: number;
  };
}

/** Paths of the relay's routes, relative to its base URL. */
export const LIVE_PATHS = {
  pair: 'live/pair',
  session: 'live/session',
  events: (deckId: string) => `live/decks/${encodeURIComponent(deckId)}/events`,
  position: (deckId: string) => `live/decks/${encodeURIComponent(deckId)}/position`,
  presenter: (deckId: string) => `live/decks/${encodeURIComponent(deckId)}/presenter`,
} as const;

/** The outcome of checking untrusted input: the value, or why it was refused. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const isIndex = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const POSITION_KEYS = ['h', 'v', 'f'] as const;

/** Checks the fields every position carries; the deck's own bounds are the server's to check. */
function checkPosition(value: Record<string, unknown>): string | null {
  if (!isIndex(value['h'], 0, Number.MAX_SAFE_INTEGER)) return '"h" must be a slide index: an integer from 0';
  if (!isIndex(value['v'], 0, Number.MAX_SAFE_INTEGER)) return '"v" must be a vertical index: an integer from 0';
  if (value['f'] !== null && !isIndex(value['f'], -1, MAX_FRAGMENT_INDEX))
    return `"f" must be null or a fragment index from -1 to ${MAX_FRAGMENT_INDEX}`;
  return null;
}

/** A publish body from parsed JSON: exactly `h`, `v`, `f` and `seq`, each in its range. */
export function parsePublishBody(value: unknown): Checked<PublishBody> {
  if (!isRecord(value)) return { ok: false, message: 'the body must be a JSON object' };
  const extra = Object.keys(value).find((key) => key !== 'seq' && !POSITION_KEYS.some((known) => known === key));
  if (extra !== undefined) return { ok: false, message: 'only "h", "v", "f" and "seq" may be sent' };
  const problem = checkPosition(value);
  if (problem) return { ok: false, message: problem };
  if (!isIndex(value['seq'], 1, Number.MAX_SAFE_INTEGER))
    return { ok: false, message: '"seq" must be a positive integer' };
  return { ok: true, value: { h: value['h'], v: value['v'], f: value['f'], seq: value['seq'] } as PublishBody };
}

/** A `position` event's data from parsed JSON (the client checks what it receives too). */
export function parseLiveState(value: unknown): Checked<LiveState> {
  if (!isRecord(value)) return { ok: false, message: 'not an object' };
  if (typeof value['deck'] !== 'string') return { ok: false, message: '"deck" must be a string' };
  if (!isIndex(value['rev'], 0, Number.MAX_SAFE_INTEGER)) return { ok: false, message: '"rev" must be an integer' };
  const problem = checkPosition(value);
  if (problem) return { ok: false, message: problem };
  const { deck, rev, h, v, f } = value as unknown as LiveState;
  return { ok: true, value: { deck, rev, h, v, f } };
}

/** A `followers` event's data from parsed JSON. */
export function parseFollowersMessage(value: unknown): Checked<FollowersMessage> {
  if (!isRecord(value) || typeof value['deck'] !== 'string' || !isIndex(value['followers'], 0, Number.MAX_SAFE_INTEGER))
    return { ok: false, message: 'not a followers message' };
  return { ok: true, value: { deck: value['deck'], followers: value['followers'] } };
}

/** Two positions are the same place in the deck. */
export const samePosition = (a: Position, b: Position): boolean => a.h === b.h && a.v === b.v && a.f === b.f;
