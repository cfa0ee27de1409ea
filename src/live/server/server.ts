/**
 * One live server: the built site (unless relay-only) and the relay, on one node:http server. Wires the store,
 * the bus, the hub, pairing and the limits together; `close()` stops accepting, ends every stream and waits.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LANGS } from '../../../slides/types';
import { DECK_IDS } from './decks';
import { createHub, createMemoryBus, type Bus } from './fan-out';
import { DEFAULT_LIMITS, FailureLimiter, StreamLimits, type LiveLimits } from './limits';
import type { Logger } from './log';
import { createCounters, formatMetrics } from './metrics';
import { Pairing } from './pairing';
import { createRequestHandler } from './routes';
import type { RedisRelay } from './redis';
import { createStaticSite, type StaticSite } from './static-files';
import { createMemoryStore, type PositionStore } from './store';

/** How to start a live server. */
export interface LiveServerOptions {
  /** The built site to serve with the relay; null for the relay alone (`--relay-only`). */
  readonly siteRoot: string | null;
  /**
   * The build everyone but the paired presenter gets (the public build, without speaker notes).
   * @default siteRoot
   */
  readonly attendeeSiteRoot?: string;
  /** Port; 0 picks a free one. @default 4173 */
  readonly port?: number;
  /** Address to listen on. @default all interfaces */
  readonly host?: string;
  /** Origins whose pages may use the relay across origins (CORS); the pages the server serves itself always may. */
  readonly allowOrigins?: readonly string[];
  /** Where a successful pairing sends the presenter. @default '/' */
  readonly presenterLanding?: string;
  /** Mark the presenter's cookie Secure (the server is reached over HTTPS, through a proxy). @default false */
  readonly secureCookie?: boolean;
  /** Limits; each unset one has its default. */
  readonly limits?: Partial<LiveLimits>;
  readonly log: Logger;
  /** The state store. @default in memory */
  readonly store?: PositionStore;
  /** The bus between nodes. @default in memory */
  readonly bus?: Bus;
  /**
   * Several nodes on one Redis ({@link connectRedis}): its store and bus (unless given), pairing shared, and its
   * reachability in /healthz and /metrics. Closed with the server.
   */
  readonly redis?: RedisRelay;
}

/** A running live server. */
export interface LiveServer {
  /** The port it listens on. */
  readonly port: number;
  /** The address it listens on (`::` or `0.0.0.0` for all interfaces). */
  readonly host: string;
  /** A new single-use pairing token for the `Presenter:` link (the previous unused one stops working). */
  issuePairingToken(): string;
  /** Stops accepting, ends every stream, closes the store and the bus. */
  close(): Promise<void>;
}

/** The presenter's and the attendees' sites: one when both get the same build. */
function createSites(presenterRoot: string | null, attendeeRoot: string | undefined) {
  if (presenterRoot === null) return null;
  if (attendeeRoot === undefined || attendeeRoot === presenterRoot) {
    const site = createStaticSite(presenterRoot, { relayUrl: '/' });
    return { presenter: site, attendees: site };
  }
  const presenter = createStaticSite(presenterRoot, { relayUrl: '/', perCookie: true, private: true });
  const attendees = createStaticSite(attendeeRoot, { relayUrl: '/', perCookie: true });
  // The public build links the slide PDFs, which `npm run pdf` writes beside the speaker's build; not the handouts.
  const slidePdfs = createStaticSite(presenterRoot, { relayUrl: '/' });
  const slidePdfPaths = new Set(DECK_IDS.flatMap((deck) => LANGS.map((lang) => `/pdf/${deck}-${lang}.pdf`)));
  return {
    presenter,
    attendees: {
      serve: (request, response, pathname) =>
        (slidePdfPaths.has(pathname) ? slidePdfs : attendees).serve(request, response, pathname),
    } satisfies StaticSite,
  };
}

// After this long, connections still open at shutdown are cut.
const SHUTDOWN_GRACE_MS = 2000;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const limits: LiveLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const { log } = options;
  const { redis } = options;
  const store = options.store ?? redis?.store ?? createMemoryStore();
  const bus = options.bus ?? redis?.bus ?? createMemoryBus();
  const hub = createHub(limits, log);
  const unsubscribe = bus.subscribe((state) => hub.deliver(state));
  const pairing = new Pairing(limits.sessionTtlMs);
  if (redis) {
    pairing.share(redis.pairing);
    redis.onSession((session) => pairing.adoptSession(session));
  }
  const streams = new StreamLimits(limits.maxStreams, limits.maxStreamsPerAddress);
  const counters = createCounters();
  const handler = createRequestHandler({
    store,
    bus,
    hub,
    pairing,
    streams,
    pairingFailures: new FailureLimiter(limits.maxPairingFailures, limits.pairingWindowMs),
    log,
    site: createSites(options.siteRoot, options.attendeeSiteRoot),
    allowOrigins: new Set(options.allowOrigins ?? []),
    presenterLanding: options.presenterLanding ?? '/',
    secureCookie: options.secureCookie ?? false,
    metrics: () => formatMetrics(counters, hub.size, hub.followers, redis),
    healthy: () => redis?.up() ?? true,
    counters,
  });

  const server: Server = createServer(handler);
  // A request must arrive whole within these (a stream's request is whole at once; the stream itself is not timed).
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  // Sockets beyond the stream cap plus room for ordinary requests are refused by the kernel queue, not the heap.
  server.maxConnections = limits.maxStreams + 512;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // After a restart every phone reconnects within seconds: a deep accept queue (capped by the kernel at
    // net.core.somaxconn) holds the burst, where Node's default of 511 drops SYNs that then wait 1-3 s to be resent.
    const listen = { port: options.port ?? 4173, backlog: Math.min(limits.maxStreams, 65_535) };
    server.listen(options.host === undefined ? listen : { ...listen, host: options.host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  log('listening', {
    host: address.address,
    port: address.port,
    mode: options.siteRoot === null ? 'relay-only' : 'site+relay',
  });

  let closing: Promise<void> | null = null;
  return {
    port: address.port,
    host: address.address,
    issuePairingToken: () => pairing.issueToken(),
    close: () =>
      (closing ??= (async () => {
        log('stopping', { streams: hub.size });
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        unsubscribe();
        hub.close();
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await closed;
        clearTimeout(cut);
        await Promise.all([bus.close(), store.close()]);
        await redis?.close();
        log('stopped');
      })()),
  };
}
