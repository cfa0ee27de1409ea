/** What the relay refuses to do too much of: read long bodies, hold too many streams, take many wrong tokens. */
import type { IncomingMessage } from 'node:http';

/** The relay's limits. */
export interface LiveLimits {
  /**
   * Streams (attendees and presenter) one process holds; one more is answered 503.
   * @default 10000
   */
  readonly maxStreams: number;
  /**
   * Streams from one address; 0 for no limit (behind a reverse proxy, where every stream comes from its address).
   * @default 64 when serving the site, 0 with --relay-only
   */
  readonly maxStreamsPerAddress: number;
  /**
   * Failed pairing attempts one address may make per {@link pairingWindowMs}; then 429.
   * @default 5
   */
  readonly maxPairingFailures: number;
  /** @default 60000 */
  readonly pairingWindowMs: number;
  /**
   * Coalescing window: a deck's streams get at most one position per this many ms (the first at once).
   * @default 100
   */
  readonly coalesceMs: number;
  /** Interval of the comment lines that keep idle streams open through proxies. @default 15000 */
  readonly heartbeatMs: number;
  /** How often the follower count the presenter sees is refreshed. @default 2000 */
  readonly followersIntervalMs: number;
  /**
   * The `retry:` hint: a browser whose stream dropped waits between this and twice this (random per stream) before
   * reconnecting: 1–2 s, short enough that phones are back on the slide within 5 s of a relay restart. @default 1000
   */
  readonly retryMs: number;
  /** Bytes a stream may leave unsent (a phone that stopped reading) before it is dropped. @default 65536 */
  readonly maxBufferedBytes: number;
  /** How long a paired presenter stays paired. @default 43200000 (12 hours) */
  readonly sessionTtlMs: number;
}

export const DEFAULT_LIMITS: LiveLimits = {
  maxStreams: 10_000,
  maxStreamsPerAddress: 64,
  maxPairingFailures: 5,
  pairingWindowMs: 60_000,
  coalesceMs: 100,
  heartbeatMs: 15_000,
  followersIntervalMs: 2000,
  retryMs: 1000,
  maxBufferedBytes: 64 * 1024,
  sessionTtlMs: 12 * 60 * 60 * 1000,
};

/** A body longer than the limit: reading stopped at the limit (or before, from its Content-Length). */
export class BodyTooLargeError extends Error {}

/** Reads a request body of at most `maxBytes`, stopping as soon as it is known to be longer. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > maxBytes) {
        request.off('data', onData);
        request.pause();
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, length)));
    request.once('error', reject);
  });
}

/** Counts failures per key (an address) in a fixed window; past the limit, the key waits for the window's end. */
export class FailureLimiter {
  readonly #windows = new Map<string, { start: number; failures: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    // A bound on memory: beyond this many keys, the oldest window is forgotten.
    private readonly maxKeys = 10_000,
  ) {}

  /** Seconds `key` must wait before trying again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const window = this.#current(key);
    return window && window.failures >= this.max ? Math.ceil((window.start + this.windowMs - this.now()) / 1000) : 0;
  }

  /** Records a failure by `key`. */
  fail(key: string): void {
    const window = this.#current(key);
    if (window) return void window.failures++;
    if (this.#windows.size >= this.maxKeys) this.#windows.delete(this.#windows.keys().next().value!);
    this.#windows.set(key, { start: this.now(), failures: 1 });
  }

  #current(key: string) {
    const window = this.#windows.get(key);
    if (window && this.now() - window.start >= this.windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }
}

/** Why a stream may not open. */
export type StreamRefusal = 'full' | 'address';

/** Counts open streams, in all and per address. */
export class StreamLimits {
  readonly #perAddress = new Map<string, number>();
  #open = 0;

  constructor(
    private readonly max: number,
    private readonly maxPerAddress: number,
  ) {}

  /** Streams open now. */
  get open(): number {
    return this.#open;
  }

  /** Takes a slot for a stream from `address`, or says why there is none. */
  tryOpen(address: string): StreamRefusal | null {
    if (this.#open >= this.max) return 'full';
    const fromAddress = this.#perAddress.get(address) ?? 0;
    if (this.maxPerAddress > 0 && fromAddress >= this.maxPerAddress) return 'address';
    this.#open++;
    this.#perAddress.set(address, fromAddress + 1);
    return null;
  }

  /** Gives back the slot of a stream from `address`. */
  release(address: string): void {
    this.#open--;
    const fromAddress = (this.#perAddress.get(address) ?? 1) - 1;
    if (fromAddress > 0) this.#perAddress.set(address, fromAddress);
    else this.#perAddress.delete(address);
  }
}
