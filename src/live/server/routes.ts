/**
 * The relay's routes (listed in src/live/protocol.ts): every request is checked at the edge, in this order, and
 * answered with the first problem found, so a refused request changes nothing:
 * path → method → deck → origin → presenter → body size → JSON → schema → deck bounds → seq.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LIVE_PATHS, MAX_BODY_BYTES, parsePublishBody, type PublishReply, type SessionReply } from '../protocol';
import { isDeckId, outOfRange } from './decks';
import type { Bus, Hub } from './fan-out';
import { SECURITY_HEADERS, sendError, sendJson } from './http';
import { BodyTooLargeError, readBody, type FailureLimiter, type StreamLimits } from './limits';
import { throttleLog, type Logger } from './log';
import type { Counters } from './metrics';
import type { Pairing } from './pairing';
import type { StaticSite } from './static-files';
import { StoreUnavailableError, type PositionStore } from './store';

/** Everything the routes use, built once by server.ts. */
export interface RelayContext {
  readonly store: PositionStore;
  readonly bus: Bus;
  readonly hub: Hub;
  readonly pairing: Pairing;
  readonly streams: StreamLimits;
  readonly pairingFailures: FailureLimiter;
  readonly log: Logger;
  /**
   * The built site, or null with --relay-only: `presenter` for the paired presenter's browser (the build with speaker
   * notes), `attendees` for everyone else (the public build); the same site when there is one build.
   */
  readonly site: { readonly presenter: StaticSite; readonly attendees: StaticSite } | null;
  /** Origins (`https://site.example`) whose pages may use the relay across origins. */
  readonly allowOrigins: ReadonlySet<string>;
  /** Where a successful pairing sends the presenter (a path on this origin, or the site's URL). */
  readonly presenterLanding: string;
  /** The presenter's cookie is Secure (the server is reached over HTTPS). */
  readonly secureCookie: boolean;
  /** The `/metrics` page (answered on loopback only). */
  readonly metrics: () => string;
  /** False while the shared store (Redis) cannot be reached: /healthz answers 503 so a load balancer drains the node. */
  readonly healthy: () => boolean;
  /** What `/metrics` counts; the routes add to it. */
  readonly counters: Counters;
}

type OriginVerdict = 'none' | 'same' | 'allowed' | 'denied';

// Routes are matched on the raw path; only the deck id is decoded (and an undecodable one is simply unknown).
const DECK_ROUTE = /^\/live\/decks\/([^/]+)\/(events|position|presenter)$/;
const PAIR_ROUTE = `/${LIVE_PATHS.pair}`;
const SESSION_ROUTE = `/${LIVE_PATHS.session}`;

const decodeSegment = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

const parseUrl = (raw: string | undefined): URL | null => {
  try {
    return new URL(raw ?? '/', 'http://relay.invalid');
  } catch {
    return null;
  }
};

const clientAddress = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** The `Last-Event-ID` a reconnecting browser sends: the revision it already has. */
function lastEventId(request: IncomingMessage): number | null {
  const header = request.headers['last-event-id'];
  return typeof header === 'string' && /^\d{1,16}$/.test(header) ? Number(header) : null;
}

export function createRequestHandler(
  context: RelayContext,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { store, bus, hub, pairing, streams, pairingFailures, log, site, allowOrigins, counters } = context;
  // Refusals can be provoked at will: at most one line a second each.
  const logRefusal = throttleLog(log, 1000);

  const originOf = (request: IncomingMessage): OriginVerdict => {
    const origin = request.headers.origin;
    if (origin === undefined) return 'none';
    if (allowOrigins.has(origin)) return 'allowed';
    // Same origin only where this server serves the pages that would call it.
    if (site && origin === `http://${request.headers.host}`) return 'same';
    if (site && origin === `https://${request.headers.host}`) return 'same';
    return 'denied';
  };

  /** CORS for an allowed cross-origin page; returns false (after answering 403) for an origin not allowed. */
  const admitOrigin = (request: IncomingMessage, response: ServerResponse, verdict: OriginVerdict): boolean => {
    if (verdict === 'denied') {
      sendError(response, 403, 'forbidden', 'this origin may not use the relay');
      return false;
    }
    if (verdict === 'allowed') {
      response.setHeader('access-control-allow-origin', request.headers.origin!);
      response.setHeader('access-control-allow-credentials', 'true');
    }
    return true;
  };

  const pair = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const address = clientAddress(request);
    response.setHeader('referrer-policy', 'no-referrer');
    const wait = pairingFailures.retryAfter(address);
    if (wait > 0) {
      counters.pairingFailures++;
      logRefusal('pairing-refused', { address, reason: 'rate-limited' });
      return sendError(response, 429, 'rate_limited', 'too many failed pairing attempts; wait and try again', {
        headers: { 'retry-after': String(wait) },
      });
    }
    const credential = await pairing.redeem(url.searchParams.get('token'));
    if (!credential) {
      counters.pairingFailures++;
      pairingFailures.fail(address);
      logRefusal('pairing-failed', { address });
      return sendError(response, 403, 'pairing_failed', 'this pairing link is not valid or was already used');
    }
    log('paired', { address });
    // Behind a TLS proxy the cookie must be Secure; trusting the proxy's header can only make it stricter.
    const secure = context.secureCookie || request.headers['x-forwarded-proto'] === 'https';
    response.writeHead(303, {
      'content-length': '0',
      location: context.presenterLanding,
      'set-cookie': pairing.cookie(credential, secure),
      'cache-control': 'no-store',
    });
    response.end();
  };

  /** Tells a page whether its browser is the paired presenter's (so it publishes rather than follows). */
  const session = (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('vary', 'origin, cookie');
    if (!admitOrigin(request, response, originOf(request))) return;
    const reply: SessionReply = { presenter: pairing.isPresenter(request.headers.cookie) };
    sendJson(response, 200, reply);
  };

  const openStream = (request: IncomingMessage, response: ServerResponse, deckId: string, presenter: boolean) => {
    const address = clientAddress(request);
    const refusal = streams.tryOpen(address);
    if (refusal) {
      counters.streamsRefused++;
      if (refusal === 'full') logRefusal('stream-refused', { reason: 'full', open: streams.open });
      return sendError(
        response,
        503,
        'unavailable',
        refusal === 'full' ? 'the relay holds as many streams as it can' : 'too many streams from this address',
        { headers: { 'retry-after': '10' } },
      );
    }
    hub.open(response, {
      deckId,
      presenter,
      lastEventId: lastEventId(request),
      current: () => store.current(deckId),
      onClose: () => streams.release(address),
    });
  };

  const publish = async (request: IncomingMessage, response: ServerResponse, deckId: string) => {
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? ''))
      return sendError(response, 415, 'unsupported_media_type', 'send the position as application/json');
    let raw: Buffer;
    try {
      raw = await readBody(request, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      // Stop reading: the rest of the body is not wanted, nor is this connection.
      response.setHeader('connection', 'close');
      sendError(response, 413, 'payload_too_large', `a position is at most ${MAX_BODY_BYTES} bytes`);
      response.once('finish', () => request.destroy());
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      return sendError(response, 400, 'bad_json', 'the body is not valid JSON');
    }
    const body = parsePublishBody(parsed);
    if (!body.ok) return sendError(response, 400, 'invalid_position', body.message);
    const range = outOfRange(deckId, body.value);
    if (range) return sendError(response, 400, 'out_of_range', range);
    const outcome = await store.publish(deckId, body.value);
    if (!outcome.accepted)
      return sendError(response, 409, 'stale', 'a newer position was already published', { seq: outcome.seq });
    const { state } = outcome;
    counters.published++;
    log('published', { deck: deckId, h: state.h, v: state.v, f: state.f, rev: state.rev });
    await bus.publish(state);
    const reply: PublishReply = { state, seq: outcome.seq, followers: hub.followers(deckId) };
    sendJson(response, 200, reply);
  };

  const deckRoute = async (
    request: IncomingMessage,
    response: ServerResponse,
    deckId: string | null,
    route: 'events' | 'position' | 'presenter',
  ) => {
    response.setHeader('vary', 'origin');
    if (route === 'position') response.once('finish', () => void (response.statusCode >= 400 && counters.refused++));
    const method = request.method ?? '';
    const verdict = originOf(request);
    if (method === 'OPTIONS') {
      if (verdict !== 'allowed') return sendError(response, 403, 'forbidden', 'this origin may not use the relay');
      response.writeHead(204, {
        'access-control-allow-origin': request.headers.origin!,
        'access-control-allow-credentials': 'true',
        'access-control-allow-methods': route === 'position' ? 'POST' : 'GET',
        'access-control-allow-headers': 'content-type, last-event-id',
        'access-control-max-age': '600',
      });
      return void response.end();
    }
    const allowed = route === 'position' ? 'POST' : 'GET';
    if (method !== allowed)
      return sendError(response, 405, 'method_not_allowed', `use ${allowed}`, { headers: { allow: allowed } });
    if (deckId === null || !isDeckId(deckId)) return sendError(response, 404, 'unknown_deck', 'no deck with this id');
    if (!admitOrigin(request, response, verdict)) return;
    if (route === 'events') return openStream(request, response, deckId, false);
    // The presenter's routes: from a page of an allowed origin (a browser always sends Origin on a POST), with the
    // current presenter's cookie.
    if (route === 'position' && verdict === 'none')
      return sendError(response, 403, 'forbidden', 'only the presenter may publish');
    if (!pairing.isPresenter(request.headers.cookie)) {
      logRefusal('not-presenter', { route, deck: deckId, address: clientAddress(request) });
      return sendError(response, 403, 'forbidden', 'only the presenter may publish');
    }
    if (route === 'presenter') return openStream(request, response, deckId, true);
    return publish(request, response, deckId);
  };

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const url = parseUrl(request.url);
    if (!url) return sendError(response, 400, 'bad_request', 'the request line is not a valid URL');
    const { pathname } = url;
    const deck = DECK_ROUTE.exec(pathname);
    if (deck) return deckRoute(request, response, decodeSegment(deck[1]!), deck[2] as 'events');
    const method = request.method ?? '';
    const getOnly = (handler: () => void | Promise<void>) =>
      method === 'GET' || method === 'HEAD'
        ? handler()
        : sendError(response, 405, 'method_not_allowed', 'use GET', { headers: { allow: 'GET, HEAD' } });
    if (pathname === PAIR_ROUTE) return getOnly(() => pair(request, response, url));
    // Up and answering; how many follow is the presenter's to know (and /metrics', on this machine).
    if (pathname === '/healthz')
      return getOnly(() =>
        context.healthy()
          ? sendJson(response, 200, { ok: true })
          : sendJson(response, 503, { ok: false, redis: 'unreachable' }),
      );
    if (pathname === SESSION_ROUTE) return getOnly(() => session(request, response));
    // Counts are for the operator's scraper on this machine (or its sidecar), not for the venue's Wi-Fi.
    if (pathname === '/metrics' && LOOPBACK.test(clientAddress(request))) {
      return getOnly(() => {
        const text = context.metrics();
        response.writeHead(200, {
          'content-type': 'text/plain; version=0.0.4; charset=utf-8',
          'cache-control': 'no-store',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      });
    }
    if (pathname.startsWith('/live/') || !site) return sendError(response, 404, 'not_found', 'nothing here');
    const decoded = decodeSegment(pathname);
    if (decoded === null) return sendError(response, 400, 'bad_request', 'the path is not valid URL encoding');
    const files = pairing.isPresenter(request.headers.cookie) ? site.presenter : site.attendees;
    return getOnly(() => files.serve(request, response, decoded));
  };

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof StoreUnavailableError) {
        logRefusal('unavailable', { reason: 'redis-down' });
        if (!response.headersSent)
          sendError(response, 503, 'unavailable', 'the relay cannot reach its store now; try again', {
            headers: { 'retry-after': '1' },
          });
        else response.destroy();
        return;
      }
      log('error', { message: error instanceof Error ? error.message : String(error) });
      if (!response.headersSent) sendError(response, 500, 'internal', 'the relay failed; it logged why');
      else response.destroy();
    });
  };
}
