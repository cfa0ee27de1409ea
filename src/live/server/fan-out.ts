/**
 * The fan-out: new states reach every node through a {@link Bus} (in memory now; Redis pub/sub next), and each node's
 * {@link Hub} writes them to the Server-Sent Event streams it holds: coalesced per deck, each message serialised once
 * for all streams, heartbeats on one timer, and a stream that stops reading dropped rather than buffered.
 */
import type { ServerResponse } from 'node:http';
import { LIVE_EVENTS, type FollowersMessage, type LiveState } from '../protocol';
import type { LiveLimits } from './limits';
import type { Logger } from './log';

/** Carries accepted states from the node that took the publish to every node (itself included). */
export interface Bus {
  /** Sends `state` to every subscriber, on every node. */
  publish(state: LiveState): Promise<void>;
  /** Calls `listener` with every state published; returns the unsubscribe function. */
  subscribe(listener: (state: LiveState) => void): () => void;
  /** Releases what the bus holds (Redis connections). */
  close(): Promise<void>;
}

/** The bus of one process: a publish reaches its own subscribers. */
export function createMemoryBus(): Bus {
  const listeners = new Set<(state: LiveState) => void>();
  return {
    publish: async (state) => listeners.forEach((listener) => listener(state)),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => listeners.clear(),
  };
}

/** One Server-Sent Event: `id` (the revision) lets a reconnecting browser resume with `Last-Event-ID`. */
export const formatEvent = (event: string, data: unknown, id?: number): string =>
  `${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * One message as bytes for every stream, framed once: HTTP/1.1 streams are chunked (the chunk's framing built in),
 * HTTP/1.0 ones (some proxies) end with the connection and carry the text as it is.
 */
interface Frame {
  readonly chunked: Buffer;
  readonly raw: Buffer;
}

const frame = (text: string): Frame => {
  const raw = Buffer.from(text);
  return { raw, chunked: Buffer.concat([Buffer.from(`${raw.length.toString(16)}\r\n`), raw, Buffer.from('\r\n')]) };
};

const HEARTBEAT = frame(':\n\n');

/** Response headers of every stream. */
export const STREAM_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store, no-transform',
  connection: 'keep-alive',
  // nginx and similar proxies would otherwise buffer the stream.
  'x-accel-buffering': 'no',
};

interface DeckStreams {
  readonly attendees: Set<ServerResponse>;
  readonly presenters: Set<ServerResponse>;
  /** The last state written to the deck's streams. */
  sent: LiveState | null;
  sentAt: number;
  /** A newer state waiting for the coalescing window to pass. */
  pending: LiveState | null;
  /** Streams that joined while `pending` waited, with the revision they were given; cleared at each flush. */
  readonly joined: Map<ServerResponse, number>;
  timer: NodeJS.Timeout | null;
  /** The follower count last reported to the presenter. */
  reported: number;
  /** The store's answer for streams opened before this node wrote a state: one read shared by a reconnect burst. */
  loading: Promise<LiveState | null> | null;
}

/** Which stream to open. */
export interface StreamRequest {
  readonly deckId: string;
  /** The presenter's stream also gets `followers` events. */
  readonly presenter: boolean;
  /** The revision the browser already has (its `Last-Event-ID`), if any. */
  readonly lastEventId: number | null;
  /** The store's current state, asked for only when this node has not written one for the deck yet. */
  readonly current: () => Promise<LiveState | null>;
  /** Called once when the stream ends, whoever ends it. */
  readonly onClose: () => void;
}

/** The streams one node holds. */
export interface Hub {
  /** Starts the event stream on `response` (headers already checked by the route). */
  open(response: ServerResponse, request: StreamRequest): void;
  /** Writes `state` to the deck's streams, coalesced; an older revision than the last written is dropped. */
  deliver(state: LiveState): void;
  /** The deck's follower count as last reported (refreshed every `followersIntervalMs`). */
  followers(deckId: string): number;
  /** Streams open now, attendees and presenters. */
  readonly size: number;
  /** Ends every stream and stops the timers. */
  close(): void;
}

export function createHub(
  limits: Pick<LiveLimits, 'coalesceMs' | 'heartbeatMs' | 'followersIntervalMs' | 'retryMs' | 'maxBufferedBytes'>,
  log: Logger,
  now: () => number = Date.now,
): Hub {
  const decks = new Map<string, DeckStreams>();
  let size = 0;
  const deckStreams = (deckId: string): DeckStreams => {
    let entry = decks.get(deckId);
    if (!entry) {
      entry = {
        attendees: new Set(),
        presenters: new Set(),
        sent: null,
        sentAt: -Infinity,
        pending: null,
        joined: new Map(),
        timer: null,
        reported: 0,
        loading: null,
      };
      decks.set(deckId, entry);
    }
    return entry;
  };

  // Straight to the socket, the frame shared by every stream: a fan-out to thousands is then one write call each,
  // without the per-write framing and corking of ServerResponse.write (a third less time on 5,000 streams).
  // A phone that stopped reading would make its buffer grow with every message: drop it; it reconnects and resyncs.
  const write = (response: ServerResponse, message: Frame) => {
    const socket = response.socket;
    if (!socket || response.writableEnded || socket.destroyed) return;
    socket.write(response.chunkedEncoding ? message.chunked : message.raw);
    if (socket.writableLength > limits.maxBufferedBytes) response.destroy();
  };

  const flush = (entry: DeckStreams, state: LiveState) => {
    entry.sent = state;
    entry.sentAt = now();
    const message = frame(formatEvent(LIVE_EVENTS.position, state, state.rev));
    const { joined } = entry;
    for (const streams of [entry.attendees, entry.presenters])
      for (const response of streams) if (!((joined.get(response) ?? -1) >= state.rev)) write(response, message);
    joined.clear();
  };

  const deliver = (state: LiveState) => {
    const entry = deckStreams(state.deck);
    const newest = entry.pending ?? entry.sent;
    if (newest && state.rev <= newest.rev) return;
    const wait = entry.sentAt + limits.coalesceMs - now();
    if (wait <= 0 && !entry.timer) return flush(entry, state);
    entry.pending = state;
    entry.timer ??= setTimeout(
      () => {
        entry.timer = null;
        const pending = entry.pending;
        entry.pending = null;
        if (pending) flush(entry, pending);
      },
      Math.max(0, wait),
    );
  };

  const followersEvent = (deckId: string, followers: number) =>
    frame(formatEvent(LIVE_EVENTS.followers, { deck: deckId, followers } satisfies FollowersMessage));

  const reportFollowers = () => {
    for (const [deckId, entry] of decks) {
      const followers = entry.attendees.size;
      if (followers === entry.reported) continue;
      entry.reported = followers;
      log('followers', { deck: deckId, count: followers });
      const message = followersEvent(deckId, followers);
      for (const response of entry.presenters) write(response, message);
    }
  };

  const heartbeat = () => {
    for (const entry of decks.values()) {
      for (const response of entry.attendees) write(response, HEARTBEAT);
      for (const response of entry.presenters) write(response, HEARTBEAT);
    }
  };

  const timers = [setInterval(heartbeat, limits.heartbeatMs), setInterval(reportFollowers, limits.followersIntervalMs)];
  for (const timer of timers) timer.unref();

  return {
    open(response, { deckId, presenter, lastEventId, current, onClose }) {
      const entry = deckStreams(deckId);
      const streams = presenter ? entry.presenters : entry.attendees;
      response.writeHead(200, STREAM_HEADERS);
      // The headers go out now, so that the stream's own writes to the socket follow them.
      response.flushHeaders();
      response.socket?.setTimeout(0);
      // Each stream its own wait, between one and two retryMs: after a restart, phones come back spread out.
      write(response, frame(`retry: ${limits.retryMs + Math.floor(Math.random() * limits.retryMs)}\n\n`));
      streams.add(response);
      size++;
      response.once('close', () => {
        streams.delete(response);
        entry.joined.delete(response);
        size--;
        onClose();
      });
      if (presenter) write(response, followersEvent(deckId, entry.reported));
      const sendSnapshot = (state: LiveState | null) => {
        // A browser resuming with the current revision has missed nothing.
        if (!state || state.rev === lastEventId) return;
        write(response, frame(formatEvent(LIVE_EVENTS.position, state, state.rev)));
      };
      // A late joiner lands on the newest position, even one still waiting for the coalescing window; that flush
      // then skips it.
      if (entry.pending) {
        entry.joined.set(response, entry.pending.rev);
        return sendSnapshot(entry.pending);
      }
      if (entry.sent) return sendSnapshot(entry.sent);
      entry.loading ??= current().finally(() => (entry.loading = null));
      entry.loading.then(
        (state) => {
          // Unless this node has written a newer state meanwhile, which the stream has then already received.
          if (!entry.sent && streams.has(response)) sendSnapshot(state);
        },
        () => response.destroy(),
      );
    },
    deliver,
    followers: (deckId) => decks.get(deckId)?.reported ?? 0,
    get size() {
      return size;
    },
    close() {
      for (const timer of timers) clearInterval(timer);
      for (const entry of decks.values()) {
        if (entry.timer) clearTimeout(entry.timer);
        for (const response of [...entry.attendees, ...entry.presenters]) response.end();
      }
    },
  };
}
