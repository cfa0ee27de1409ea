/**
 * The browser side of the live relay, free of reveal.js and of the page: the deck's wiring hands it a relay URL
 * (from {@link readRelayUrl}; none, and nothing here runs) and a deck id, and gets positions, a status and the
 * follower count back. Its decisions are the pure functions of sync.ts. Wiring, in the deck's main window (not the
 * speaker view's previews, not the print view, not the offline file):
 *
 * ```ts
 * const relayUrl = context.view === 'deck' ? readRelayUrl() : null; // the page context (src/page/context.ts)
 * if (relayUrl && (await isPresenter(relayUrl))) {
 *   const publisher = createPublisher({ relayUrl, deckId, onFollowers: (n) => showFollowers(n) });
 *   const send = () => { const { h, v = 0, f } = reveal.getIndices(); publisher.publish({ h, v, f: f ?? null }); };
 *   send(); // and on slidechanged, fragmentshown, fragmenthidden
 * } else if (relayUrl) {
 *   followLive({ relayUrl, deckId, onPosition: ({ h, v, f }) => reveal.slide(h, v, f ?? undefined), onStatus });
 * }
 * ```
 */
import {
  LIVE_EVENTS,
  LIVE_PATHS,
  parseFollowersMessage,
  parseLiveState,
  type ErrorBody,
  type ErrorCode,
  type LiveState,
  type Position,
  type PublishReply,
  type SessionReply,
} from './protocol';
import {
  EMPTY_QUEUE,
  MAX_RECONNECT_MS,
  enqueuePosition,
  isNewer,
  nextSeq,
  nextStatus,
  reconnectDelay,
  retryQueue,
  settleQueue,
  type LiveStatus,
  type QueueStep,
  type StreamEvent,
} from './sync';

export { readRelayUrl } from './relay-address';
export type { LiveStatus } from './sync';
export type { LiveState, Position, PublishReply } from './protocol';

/** The parts of the browser the client uses; tests pass fakes. */
export interface LiveEnvironment {
  readonly EventSource: typeof EventSource;
  readonly fetch: typeof fetch;
  /** Gets `online`, `offline` and `pageshow` events. */
  readonly window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** Gets `visibilitychange` events and tells `visibilityState`. */
  readonly document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
  readonly setTimeout: (run: () => void, ms: number) => unknown;
  readonly clearTimeout: (timer: unknown) => void;
  readonly now: () => number;
}

// Read from globalThis, so that a test in Node, which has no window, can pass its own.
const browserEnvironment = (): LiveEnvironment => ({
  EventSource: globalThis.EventSource,
  fetch: (...args) => globalThis.fetch(...args),
  window: globalThis.window,
  document: globalThis.document,
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
});

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

interface StreamHandlers {
  readonly onOpen: () => void;
  /** The stream failed; `retrying` when the browser reconnects by itself (else the caller decides). */
  readonly onError: (retrying: boolean) => void;
  readonly events: Readonly<Record<string, (data: unknown) => void>>;
}

/** An EventSource that, when the browser gives up on it (an HTTP error), reopens after a backoff with jitter. */
function keepStreamOpen(url: string, withCredentials: boolean, handlers: StreamHandlers, env: LiveEnvironment) {
  let source: EventSource | null = null;
  let timer: unknown = null;
  let attempt = 0;
  let stopped = false;

  const open = () => {
    timer = null;
    source?.close();
    const current = new env.EventSource(url, { withCredentials });
    source = current;
    current.addEventListener('open', () => {
      attempt = 0;
      handlers.onOpen();
    });
    current.addEventListener('error', () => {
      if (source !== current) return;
      const retrying = current.readyState !== current.CLOSED;
      handlers.onError(retrying);
      if (!retrying && !stopped) timer = env.setTimeout(open, reconnectDelay(attempt++));
    });
    for (const [event, handle] of Object.entries(handlers.events))
      current.addEventListener(event, (message) => {
        if (source === current) handle(parseJson(String((message as MessageEvent).data)));
      });
  };

  open();
  return {
    /** The stream is open now. */
    isOpen: () => source !== null && source.readyState === source.OPEN,
    /** Opens a new stream at once (the server sends the current state on it). */
    reopen: () => {
      if (stopped) return;
      if (timer !== null) env.clearTimeout(timer);
      attempt = 0;
      open();
    },
    /**
     * The network is gone: a stream that seems open is stalled (nothing can arrive), so it is closed and the caller
     * told. `reopen` opens it again when the browser says the network is back; the long wait is only in case it never
     * says so (retrying sooner, offline, would only fail).
     */
    drop: () => {
      if (stopped || source === null) return;
      if (timer !== null) env.clearTimeout(timer);
      source.close();
      source = null;
      handlers.onError(false);
      timer = env.setTimeout(open, MAX_RECONNECT_MS);
    },
    close: () => {
      stopped = true;
      if (timer !== null) env.clearTimeout(timer);
      source?.close();
      source = null;
    },
  };
}

/**
 * Whether this browser is the paired presenter's: its cookie (HttpOnly, so no script reads it) goes along to
 * `live/session`. False when the relay says no or cannot be reached. The page publishes when true, follows when false.
 */
export async function isPresenter(
  relayUrl: URL | string,
  environment: Partial<Pick<LiveEnvironment, 'fetch'>> = {},
): Promise<boolean> {
  const { fetch } = { ...browserEnvironment(), ...environment };
  try {
    const response = await fetch(new URL(LIVE_PATHS.session, relayUrl).href, {
      credentials: 'include',
      mode: 'cors',
      cache: 'no-store',
    });
    return response.ok && ((await response.json()) as Partial<SessionReply>).presenter === true;
  } catch {
    return false;
  }
}

/** A tab hidden this long is reconnected when shown: a phone may have dropped its connection meanwhile. */
export const HIDDEN_RESYNC_MS = 10_000;

/** What {@link followLive} needs. */
export interface FollowOptions {
  /** The relay's base URL ({@link readRelayUrl}). */
  readonly relayUrl: URL | string;
  /** The deck on screen. */
  readonly deckId: string;
  /** Called with each newer position (never an older or repeated revision); the page moves the deck there. */
  readonly onPosition: (state: LiveState) => void;
  /** Called with every status change, starting with `connecting`. */
  readonly onStatus?: (status: LiveStatus) => void;
  /** The browser's APIs, for tests. @default the page's */
  readonly environment?: Partial<LiveEnvironment>;
}

/** A running follower. */
export interface Follower {
  /** The status now. */
  readonly status: LiveStatus;
  /** Reconnects at once and applies the current position if it is newer (also done on `online`). */
  resync(): void;
  /** Stops following: closes the stream and removes the listeners; the status becomes `off`. */
  stop(): void;
}

/**
 * Follows the presenter on deck `deckId`: one EventSource without credentials (an attendee sends no cookie), the
 * current position at once, then each change. Stale revisions are dropped; the browser reconnects by itself after a
 * dropped connection (with the server's `retry:` hint), this client after an HTTP error (backoff with jitter), and at
 * once when the network comes back, the tab returns after a while or the page comes back from the back/forward cache.
 * Going offline closes the stream (it would only stall) and says `reconnecting`.
 */
export function followLive(options: FollowOptions): Follower {
  const env: LiveEnvironment = { ...browserEnvironment(), ...options.environment };
  let status: LiveStatus = 'off';
  let lastRev: number | null = null;
  let hiddenAt: number | null = null;
  const step = (event: StreamEvent) => {
    const next = nextStatus(status, event);
    if (next === status) return;
    status = next;
    options.onStatus?.(status);
  };
  step('start');

  const url = new URL(LIVE_PATHS.events(options.deckId), options.relayUrl).href;
  const stream = keepStreamOpen(
    url,
    false,
    {
      onOpen: () => step('open'),
      onError: () => step('error'),
      events: {
        [LIVE_EVENTS.position]: (data) => {
          const state = parseLiveState(data);
          if (!state.ok || state.value.deck !== options.deckId || !isNewer(lastRev, state.value.rev)) return;
          lastRev = state.value.rev;
          options.onPosition(state.value);
        },
      },
    },
    env,
  );

  const onOnline = () => stream.reopen();
  const onOffline = () => stream.drop();
  // A page restored from the back/forward cache kept a stream that was cut while it was frozen.
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) stream.reopen();
  };
  const onVisibility = () => {
    if (env.document.visibilityState === 'hidden') return void (hiddenAt = env.now());
    const away = hiddenAt === null ? 0 : env.now() - hiddenAt;
    hiddenAt = null;
    if (!stream.isOpen() || away >= HIDDEN_RESYNC_MS) stream.reopen();
  };
  env.window.addEventListener('online', onOnline);
  env.window.addEventListener('offline', onOffline);
  env.window.addEventListener('pageshow', onPageShow);
  env.document.addEventListener('visibilitychange', onVisibility);

  return {
    get status() {
      return status;
    },
    resync: () => stream.reopen(),
    stop: () => {
      stream.close();
      env.window.removeEventListener('online', onOnline);
      env.window.removeEventListener('offline', onOffline);
      env.window.removeEventListener('pageshow', onPageShow);
      env.document.removeEventListener('visibilitychange', onVisibility);
      step('stop');
    },
  };
}

/** Why a publish failed. */
export interface PublishError {
  /** HTTP status, or null when the relay could not be reached. */
  readonly status: number | null;
  /** The relay's error code, or `network`. */
  readonly code: ErrorCode | 'network';
  readonly message: string;
  /** True when the publisher tries again by itself (network failures and 5xx); false when it gave the position up. */
  readonly retrying: boolean;
}

/** What {@link createPublisher} needs. */
export interface PublisherOptions {
  /** The relay's base URL ({@link readRelayUrl}). */
  readonly relayUrl: URL | string;
  /** The deck being presented. */
  readonly deckId: string;
  /** Called when the relay accepted a position. */
  readonly onPublished?: (reply: PublishReply) => void;
  /** Called when a publish failed (403 when this browser is not the paired presenter). */
  readonly onError?: (error: PublishError) => void;
  /**
   * Called with the follower count ("N following"), from each reply and from the presenter's stream, which is opened
   * only when this is given. The relay refreshes the count every few seconds.
   */
  readonly onFollowers?: (followers: number) => void;
  /** The browser's APIs, for tests. @default the page's */
  readonly environment?: Partial<LiveEnvironment>;
}

/** A running publisher. */
export interface Publisher {
  /** The deck moved to `position`: sent at once, or after the request in flight (only the latest then). */
  publish(position: Position): void;
  /** Stops: no further request, the presenter's stream closed. */
  stop(): void;
}

/**
 * Publishes the presenter's positions: one request at a time (so they arrive in order), coalescing the changes made
 * meanwhile to the latest, with the presenter's cookie (`credentials: 'include'`, for a relay on another origin).
 */
export function createPublisher(options: PublisherOptions): Publisher {
  const env: LiveEnvironment = { ...browserEnvironment(), ...options.environment };
  const url = new URL(LIVE_PATHS.position(options.deckId), options.relayUrl).href;
  let queue = EMPTY_QUEUE;
  let seq = 0;
  let failures = 0;
  let staleRetried = false;
  let timer: unknown = null;
  let stopped = false;

  const fail = (error: PublishError) => options.onError?.(error);
  const run = ({ queue: next, send }: QueueStep) => {
    queue = next;
    if (send && !stopped) void post(send);
  };

  const post = async (position: Position) => {
    seq = nextSeq(seq, env.now());
    let response: Response;
    try {
      response = await env.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ h: position.h, v: position.v, f: position.f, seq }),
        credentials: 'include',
        mode: 'cors',
        cache: 'no-store',
      });
    } catch {
      return retryLater({ status: null, code: 'network', message: 'the relay could not be reached', retrying: true });
    }
    if (stopped) return;
    const body = parseJson(await response.text().catch(() => ''));
    if (response.ok) {
      failures = 0;
      staleRetried = false;
      const reply = body as PublishReply;
      options.onPublished?.(reply);
      if (typeof reply?.followers === 'number') options.onFollowers?.(reply.followers);
      return run(settleQueue(queue));
    }
    const error = (body as Partial<ErrorBody> | undefined)?.error;
    const code = error?.code ?? 'internal';
    const message = error?.message ?? `the relay answered ${response.status}`;
    // The relay has a higher seq (this page's clock is behind an earlier page's): jump past it and send again, once.
    if (response.status === 409 && typeof error?.seq === 'number' && !staleRetried) {
      staleRetried = true;
      seq = Math.max(seq, error.seq);
      return run(retryQueue(queue));
    }
    staleRetried = false;
    if (response.status >= 500) return retryLater({ status: response.status, code, message, retrying: true });
    fail({ status: response.status, code, message, retrying: false });
    run(settleQueue(queue));
  };

  const retryLater = (error: PublishError) => {
    if (stopped) return;
    fail(error);
    timer = env.setTimeout(() => {
      timer = null;
      run(retryQueue(queue));
    }, reconnectDelay(failures++));
  };

  const followers = options.onFollowers
    ? keepStreamOpen(
        new URL(LIVE_PATHS.presenter(options.deckId), options.relayUrl).href,
        true,
        {
          onOpen: () => {},
          onError: () => {},
          events: {
            [LIVE_EVENTS.followers]: (data) => {
              const message = parseFollowersMessage(data);
              if (message.ok && message.value.deck === options.deckId) options.onFollowers?.(message.value.followers);
            },
          },
        },
        env,
      )
    : null;

  return {
    publish: (position) => {
      if (!stopped) run(enqueuePosition(queue, position));
    },
    stop: () => {
      stopped = true;
      if (timer !== null) env.clearTimeout(timer);
      followers?.close();
    },
  };
}
