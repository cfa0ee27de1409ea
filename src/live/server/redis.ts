/**
 * Several relay nodes on one Redis (`REDIS_URL`): the current state of each deck in a hash per deck, taken by a Lua
 * script that checks `seq` and assigns the revision atomically; accepted states fanned out on pub/sub (a second
 * connection subscribes); the pairing token's and the presenter's session hashes shared, so the presenter paired on
 * one node publishes on any. Redis briefly gone: the client reconnects on its own, commands fail at once (publish
 * answers 503, the browser retries), and on reconnect every node writes back the newest state it knows of each deck
 * (a Redis restarted empty has lost them; the newest revision wins) and the presenter's session, then re-reads the
 * current states and fans them out.
 */
import { createClient } from 'redis';
import type { LiveState, PublishBody } from '../protocol';
import { DECK_IDS } from './decks';
import type { Bus } from './fan-out';
import type { Logger } from './log';
import type { PairingShare, SharedSession } from './pairing';
import { nextRevision, StoreUnavailableError, type PositionStore, type PublishOutcome } from './store';

/** What `REDIS_URL` was wrong about: one line, without the URL itself (it may carry a password). */
export class RedisUrlError extends Error {}

/** Checks `REDIS_URL`: redis:// or rediss://, with a host. */
export function parseRedisUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RedisUrlError('REDIS_URL is not a URL: use redis://[user:password@]host[:port][/db]');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new RedisUrlError(`REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//)`);
  if (!url.hostname) throw new RedisUrlError('REDIS_URL has no host: use redis://host:port');
  if (url.pathname.length > 1 && !/^\/\d{1,2}$/.test(url.pathname))
    throw new RedisUrlError('REDIS_URL’s path must be a database number, e.g. redis://host:6379/0');
  return value;
}

/** The relay's view of a Redis shared with other nodes. */
export interface RedisRelay {
  readonly store: PositionStore;
  readonly bus: Bus;
  readonly pairing: PairingShare;
  /** Calls `listener` with the presenter's session whenever any node pairs, and at every (re)connect. */
  onSession(listener: (session: SharedSession | null) => void): void;
  /** Both connections are up now. */
  up(): boolean;
  /** Times Redis was lost since start. */
  readonly outages: number;
  close(): Promise<void>;
}

const PREFIX = 'live:';
const POSITIONS = `${PREFIX}positions`;
const SESSIONS = `${PREFIX}sessions`;
const tokenKey = (tokenHash: string) => `${PREFIX}pairing:token:${tokenHash}`;
// A printed pairing link that nobody opened stops working after a day.
const TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const SESSION = `${PREFIX}pairing:session`;
const deckKey = (deckId: string) => `${PREFIX}deck:${deckId}`;

// KEYS[1] the deck's hash; ARGV seq, now, h, v, f ('' for none). Returns {1, rev} when taken, {0, seq} when stale.
const PUBLISH_SCRIPT = `
local last = tonumber(redis.call('HGET', KEYS[1], 'seq') or '-1')
local seq = tonumber(ARGV[1])
if seq <= last then return {0, last} end
local rev = math.max((tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')) + 1, tonumber(ARGV[2]))
redis.call('HSET', KEYS[1], 'seq', ARGV[1], 'rev', rev, 'h', ARGV[3], 'v', ARGV[4], 'f', ARGV[5])
return {1, rev}`;

// KEYS[1] the deck's hash; ARGV rev, h, v, f ('' for none), the state's JSON, channel. A node writing back what it
// knows: taken only above the stored revision (another node may know a newer one), then fanned out to every node.
// `seq` stays as it is (none after an empty restart): the presenter's next seq, from the clock, is above it anyway.
const RESTORE_SCRIPT = `
local rev = tonumber(redis.call('HGET', KEYS[1], 'rev') or '-1')
if tonumber(ARGV[1]) <= rev then return 0 end
redis.call('HSET', KEYS[1], 'rev', ARGV[1], 'h', ARGV[2], 'v', ARGV[3], 'f', ARGV[4])
redis.call('PUBLISH', ARGV[6], ARGV[5])
return 1`;

// KEYS the token's key, session; ARGV session JSON, ttl ms, channel. The token is used once, on whichever node.
const REDEEM_SCRIPT = `
if redis.call('DEL', KEYS[1]) ~= 1 then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[3], ARGV[1])
return 1`;

const parseSession = (text: string | null): SharedSession | null => {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<SharedSession>;
    return typeof value.hash === 'string' && typeof value.expires === 'number'
      ? { hash: value.hash, expires: value.expires }
      : null;
  } catch {
    return null;
  }
};

const isState = (value: unknown): value is LiveState => {
  const state = value as Partial<LiveState> | null;
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof state.deck === 'string' &&
    typeof state.rev === 'number' &&
    typeof state.h === 'number' &&
    typeof state.v === 'number'
  );
};

/** A slide position as the scripts' ARGV carry it, and the deck's hash stores it: h, v, f ('' for none). */
const positionArguments = ({ h, v, f }: Pick<LiveState, 'h' | 'v' | 'f'>): [string, string, string] => [
  String(h),
  String(v),
  f === null ? '' : String(f),
];

/** Connects to `url` (checked by {@link parseRedisUrl}); resolves once both connections are up. */
export async function connectRedis(url: string, log: Logger, now: () => number = Date.now): Promise<RedisRelay> {
  const options = {
    url,
    // Commands fail at once while Redis is away, instead of queueing: the presenter's publish then answers 503.
    disableOfflineQueue: true,
    pingInterval: 5000,
    socket: {
      connectTimeout: 2000,
      // Back off to at most 2 s, with jitter so that a fleet of nodes does not reconnect in step.
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000) + Math.floor(Math.random() * 100),
    },
  };
  const client = createClient(options);
  const subscriber = client.duplicate();
  const stateListeners = new Set<(state: LiveState) => void>();
  const sessionListeners = new Set<(session: SharedSession | null) => void>();
  let down = false;
  let closing = false;
  let outages = 0;
  // The newest state this node has seen of each deck, to write back into a Redis that restarted empty.
  const known = new Map<string, LiveState>();
  const remember = (state: LiveState) => {
    const previous = known.get(state.deck);
    if (!previous || state.rev > previous.rev) known.set(state.deck, state);
  };

  const unavailable = (error: unknown): never => {
    throw new StoreUnavailableError(error instanceof Error ? error.message : String(error));
  };

  const current = async (deckId: string): Promise<LiveState | null> => {
    const fields = await client.hGetAll(deckKey(deckId)).catch(unavailable);
    if (fields.rev === undefined) return null;
    const state: LiveState = {
      deck: deckId,
      rev: Number(fields.rev),
      h: Number(fields.h),
      v: Number(fields.v),
      f: fields.f === '' || fields.f === undefined ? null : Number(fields.f),
    };
    remember(state);
    return state;
  };

  /** True when Redis took `state` (it had nothing newer). */
  const restore = async (state: LiveState): Promise<boolean> => {
    const reply = await client.eval(RESTORE_SCRIPT, {
      keys: [deckKey(state.deck)],
      arguments: [String(state.rev), ...positionArguments(state), JSON.stringify(state), POSITIONS],
    });
    return Number(reply) === 1;
  };

  /** The presenter's session as this node last heard of it, to write back into a Redis that restarted empty. */
  let lastSession: SharedSession | null = null;

  /** After a reconnect: what was published meanwhile (or survived a Redis restart) reaches this node's streams. */
  const resync = async () => {
    let session = parseSession(await client.get(SESSION));
    const ttl = (lastSession?.expires ?? 0) - now();
    if (!session && lastSession && ttl > 0) {
      // A Redis restarted empty has forgotten the session: written back (NX: unless a node paired meanwhile), so that
      // a node started later takes the paired presenter too.
      await client.set(SESSION, JSON.stringify(lastSession), { PX: ttl, NX: true });
      session = parseSession(await client.get(SESSION));
    }
    if (session) {
      lastSession = session;
      for (const listener of sessionListeners) listener(session);
    }
    const taken = (await Promise.all([...known.values()].map(restore))).filter(Boolean).length;
    if (taken) log('redis-restored', { decks: taken });
    for (const deckId of DECK_IDS) {
      const state = await current(deckId);
      if (state) for (const listener of stateListeners) listener(state);
    }
  };

  const watch = (connection: typeof client, name: string) => {
    const lost = (reason: string) => {
      if (down || closing) return;
      down = true;
      outages++;
      log('redis-down', { connection: name, reason });
    };
    connection.on('error', (error: NodeJS.ErrnoException) => lost(error.code ?? 'error'));
    connection.on('reconnecting', () => lost('reconnecting'));
    connection.on('ready', () => {
      if (!down || !client.isReady || !subscriber.isReady) return;
      down = false;
      log('redis-up', { connection: name });
      resync().catch((error: unknown) =>
        log('redis-resync-failed', { reason: error instanceof Error ? error.message : 'error' }),
      );
    });
  };
  watch(client, 'commands');
  watch(subscriber, 'subscriber');

  await client.connect();
  await subscriber.connect();
  await subscriber.subscribe(POSITIONS, (message) => {
    let state: unknown;
    try {
      state = JSON.parse(message);
    } catch {
      return;
    }
    if (!isState(state)) return;
    remember(state);
    for (const listener of stateListeners) listener(state);
  });
  await subscriber.subscribe(SESSIONS, (message) => {
    const session = parseSession(message);
    lastSession = session;
    for (const listener of sessionListeners) listener(session);
  });
  log('redis-connected');

  const store: PositionStore = {
    current,
    publish: async (deckId: string, { h, v, f, seq }: PublishBody): Promise<PublishOutcome> => {
      const reply = (await client
        .eval(PUBLISH_SCRIPT, {
          keys: [deckKey(deckId)],
          arguments: [String(seq), String(nextRevision(0, now())), ...positionArguments({ h, v, f })],
        })
        .catch(unavailable)) as [number, number];
      const [taken, value] = reply;
      if (!taken) return { accepted: false, reason: 'stale', seq: Number(value) };
      return { accepted: true, state: { deck: deckId, rev: Number(value), h, v, f }, seq };
    },
    close: async () => {},
  };

  const bus: Bus = {
    publish: async (state) => {
      await client.publish(POSITIONS, JSON.stringify(state)).catch(unavailable);
    },
    subscribe: (listener) => {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    close: async () => stateListeners.clear(),
  };

  // Each node's newest printed token works on every node, beside the other nodes' tokens; it replaces this node's
  // previous one.
  let offered: string | null = null;
  const pairing: PairingShare = {
    offerToken: async (tokenHash) => {
      const previous = offered;
      offered = tokenHash;
      const pending = client.multi().set(tokenKey(tokenHash), '1', { PX: TOKEN_TTL_MS });
      if (previous) pending.del(tokenKey(previous));
      await pending.exec().catch((error: unknown) => {
        log('redis-pairing-failed', { reason: 'token not shared; it works on this node only' });
        unavailable(error);
      });
    },
    redeem: async (tokenHash, session) => {
      const ttl = Math.max(1, session.expires - now());
      const reply = await client
        .eval(REDEEM_SCRIPT, {
          keys: [tokenKey(tokenHash), SESSION],
          arguments: [JSON.stringify(session), String(ttl), SESSIONS],
        })
        .catch(unavailable);
      return Number(reply) === 1;
    },
  };

  // The session paired before this node started.
  const startSession = parseSession(await client.get(SESSION));
  lastSession ??= startSession;

  return {
    store,
    bus,
    pairing,
    onSession: (listener) => {
      sessionListeners.add(listener);
      listener(startSession);
    },
    up: () => client.isReady && subscriber.isReady,
    get outages() {
      return outages;
    },
    close: async () => {
      closing = true;
      stateListeners.clear();
      sessionListeners.clear();
      await Promise.allSettled([client.close(), subscriber.close()]);
      if (client.isOpen) client.destroy();
      if (subscriber.isOpen) subscriber.destroy();
    },
  };
}
