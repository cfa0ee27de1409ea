import { describe, expect, it } from 'vitest';
import {
  createPublisher,
  followLive,
  isPresenter,
  readRelayUrl,
  type LiveEnvironment,
  type LiveState,
  type LiveStatus,
  type PublishReply,
} from '../../src/live/client';

/** An EventSource the test drives: `open()`, `emit()`, `fail()`. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readonly CONNECTING = 0;
  readonly OPEN = 1;
  readonly CLOSED = 2;
  readyState = 0;
  readonly listeners = new Map<string, ((event: { data?: string }) => void)[]>();
  constructor(
    readonly url: string,
    readonly init: { withCredentials: boolean },
  ) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: { data?: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = 2;
  }
  dispatch(type: string, event: { data?: string } = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  open() {
    this.readyState = 1;
    this.dispatch('open');
  }
  emit(type: string, data: unknown) {
    this.dispatch(type, { data: typeof data === 'string' ? data : JSON.stringify(data) });
  }
  /** `closed`: the browser gave up (an HTTP error); otherwise it reconnects by itself. */
  fail(closed: boolean) {
    this.readyState = closed ? 2 : 0;
    this.dispatch('error');
  }
}

/** A browser environment with timers the test runs by hand and event targets it fires. */
function fakeEnvironment(fetch: LiveEnvironment['fetch'] = () => Promise.reject(new Error('no fetch'))) {
  FakeEventSource.instances = [];
  const timers: { run: () => void; ms: number }[] = [];
  const targets = { window: new Map<string, () => void>(), document: new Map<string, () => void>() };
  const target = (map: Map<string, () => void>) => ({
    addEventListener: (type: string, listener: () => void) => map.set(type, listener),
    removeEventListener: (type: string) => map.delete(type),
  });
  const doc = { ...target(targets.document), visibilityState: 'visible' as DocumentVisibilityState };
  let clock = 1_000_000;
  const environment = {
    EventSource: FakeEventSource as unknown as typeof EventSource,
    fetch,
    window: target(targets.window) as unknown as LiveEnvironment['window'],
    document: doc as unknown as LiveEnvironment['document'],
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    clearTimeout: () => {},
    now: () => clock,
  } satisfies LiveEnvironment;
  return {
    environment,
    timers,
    targets,
    doc,
    advance: (ms: number) => (clock += ms),
    runTimers: () => timers.splice(0).forEach((timer) => timer.run()),
  };
}

const state = (rev: number, h: number, deck = 'dsi'): LiveState => ({ deck, rev, h, v: 0, f: null });

/** Follows the DSI deck at `relayUrl` in a fake browser: the follower, and the positions and statuses it reports. */
function followInFakeBrowser(relayUrl = 'http://x.test/') {
  const env = fakeEnvironment();
  const positions: LiveState[] = [];
  const statuses: LiveStatus[] = [];
  const follower = followLive({
    relayUrl,
    deckId: 'dsi',
    onPosition: (position) => positions.push(position),
    onStatus: (status) => statuses.push(status),
    environment: env.environment,
  });
  return { env, positions, statuses, follower };
}

describe('followLive', () => {
  it('follows one deck without credentials, applying each newer position and nothing else', () => {
    const { positions, statuses, follower } = followInFakeBrowser('https://live.example.org/');
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('https://live.example.org/live/decks/dsi/events');
    expect(source.init.withCredentials).toBe(false);
    source.open();
    source.emit('position', state(10, 2));
    source.emit('position', state(9, 1)); // stale
    source.emit('position', state(10, 2)); // repeated
    source.emit('position', state(11, 3, 'coalition')); // another deck
    source.emit('position', '{not json');
    source.emit('position', { deck: 'dsi', rev: 12, h: -1, v: 0, f: null }); // invalid
    source.emit('position', state(12, 4));
    expect(positions.map((p) => p.h)).toEqual([2, 4]);
    expect(statuses).toEqual(['connecting', 'live']);
    expect(follower.status).toBe('live');
  });

  it('shows reconnecting while the browser retries, and reopens by itself after an HTTP error, with backoff', () => {
    const { env, statuses } = followInFakeBrowser('http://127.0.0.1:4173/');
    const first = FakeEventSource.instances[0]!;
    first.open();
    first.fail(false);
    expect(env.timers).toHaveLength(0);
    first.open();
    first.fail(true);
    expect(env.timers).toHaveLength(1);
    expect(env.timers[0]!.ms).toBeGreaterThanOrEqual(500);
    env.runTimers();
    expect(FakeEventSource.instances).toHaveLength(2);
    FakeEventSource.instances[1]!.open();
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live', 'reconnecting', 'live']);
  });

  it('reconnects at once when the network returns, or when the tab comes back after a while', () => {
    const { env } = followInFakeBrowser();
    FakeEventSource.instances[0]!.open();
    env.targets.window.get('online')!();
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.instances[0]!.readyState).toBe(2);
    FakeEventSource.instances[1]!.open();
    // A short switch away keeps the open stream.
    env.doc.visibilityState = 'hidden';
    env.targets.document.get('visibilitychange')!();
    env.advance(1000);
    env.doc.visibilityState = 'visible';
    env.targets.document.get('visibilitychange')!();
    expect(FakeEventSource.instances).toHaveLength(2);
    env.doc.visibilityState = 'hidden';
    env.targets.document.get('visibilitychange')!();
    env.advance(60_000);
    env.doc.visibilityState = 'visible';
    env.targets.document.get('visibilitychange')!();
    expect(FakeEventSource.instances).toHaveLength(3);
  });

  it('closes the stream when the browser goes offline and waits for it to be back online, or back from the cache', () => {
    const { env, statuses } = followInFakeBrowser();
    FakeEventSource.instances[0]!.open();
    env.targets.window.get('offline')!();
    // An open stream would only stall offline: closed, and no retry until the browser says the network is back.
    expect(FakeEventSource.instances[0]!.readyState).toBe(2);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(env.timers.map((timer) => timer.ms)).toEqual([30_000]);
    env.targets.window.get('online')!();
    expect(FakeEventSource.instances).toHaveLength(2);
    FakeEventSource.instances[1]!.open();
    expect(statuses.at(-1)).toBe('live');
    const pageShow = env.targets.window.get('pageshow') as unknown as (event: { persisted: boolean }) => void;
    pageShow({ persisted: false });
    expect(FakeEventSource.instances).toHaveLength(2);
    pageShow({ persisted: true });
    expect(FakeEventSource.instances).toHaveLength(3);
  });

  it('stops: the stream closed, the listeners gone, the status off', () => {
    const { env, statuses, follower } = followInFakeBrowser();
    follower.stop();
    expect(FakeEventSource.instances[0]!.readyState).toBe(2);
    expect(env.targets.window.size + env.targets.document.size).toBe(0);
    expect(statuses).toEqual(['connecting', 'off']);
  });
});

describe('createPublisher', () => {
  /** A fetch the test answers request by request. */
  function fakeFetch() {
    const requests: {
      url: string;
      init: RequestInit;
      answer: (status: number, body: unknown) => void;
      fail: () => void;
    }[] = [];
    const fetch = ((url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) =>
        requests.push({
          url,
          init,
          answer: (status, body) => resolve(new Response(JSON.stringify(body), { status })),
          fail: () => reject(new TypeError('network')),
        }),
      )) as unknown as LiveEnvironment['fetch'];
    return { fetch, requests };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const reply = (h: number, seq: number, followers = 0): PublishReply => ({ state: state(seq, h), seq, followers });

  it('posts one position at a time, with credentials, coalescing the moves made meanwhile', async () => {
    const { fetch, requests } = fakeFetch();
    const env = fakeEnvironment(fetch);
    const followers: number[] = [];
    const publisher = createPublisher({
      relayUrl: 'https://live.example.org/',
      deckId: 'dsi',
      onFollowers: (count) => followers.push(count),
      environment: env.environment,
    });
    publisher.publish({ h: 1, v: 0, f: null });
    publisher.publish({ h: 2, v: 0, f: null });
    publisher.publish({ h: 3, v: 0, f: null });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://live.example.org/live/decks/dsi/position');
    expect(requests[0]!.init).toMatchObject({ method: 'POST', credentials: 'include' });
    const first = JSON.parse(String(requests[0]!.init.body));
    expect(first).toEqual({ h: 1, v: 0, f: null, seq: 1_000_000 });
    requests[0]!.answer(200, reply(1, first.seq, 4));
    await settle();
    expect(requests).toHaveLength(2);
    const second = JSON.parse(String(requests[1]!.init.body));
    expect(second).toMatchObject({ h: 3 });
    expect(second.seq).toBeGreaterThan(first.seq);
    expect(followers).toEqual([4]);
    // The presenter's stream (for the follower count) carries the cookie.
    const stream = FakeEventSource.instances[0]!;
    expect(stream.url).toBe('https://live.example.org/live/decks/dsi/presenter');
    expect(stream.init.withCredentials).toBe(true);
    stream.emit('followers', { deck: 'dsi', followers: 9 });
    expect(followers).toEqual([4, 9]);
  });

  it('reports a refusal and gives the position up; retries after a network failure; jumps past a higher seq once', async () => {
    const { fetch, requests } = fakeFetch();
    const env = fakeEnvironment(fetch);
    const errors: { status: number | null; retrying: boolean }[] = [];
    const publisher = createPublisher({
      relayUrl: 'http://x.test/',
      deckId: 'dsi',
      onError: ({ status, retrying }) => errors.push({ status, retrying }),
      environment: env.environment,
    });
    expect(FakeEventSource.instances).toHaveLength(0);
    publisher.publish({ h: 1, v: 0, f: null });
    requests[0]!.answer(403, { error: { code: 'forbidden', message: 'only the presenter may publish' } });
    await settle();
    expect(errors).toEqual([{ status: 403, retrying: false }]);

    publisher.publish({ h: 2, v: 0, f: null });
    requests[1]!.fail();
    await settle();
    expect(errors.at(-1)).toEqual({ status: null, retrying: true });
    expect(requests).toHaveLength(2);
    env.runTimers();
    expect(JSON.parse(String(requests[2]!.init.body))).toMatchObject({ h: 2 });

    requests[2]!.answer(409, { error: { code: 'stale', message: 'newer', seq: 5_000_000 } });
    await settle();
    const resent = JSON.parse(String(requests[3]!.init.body));
    expect(resent).toMatchObject({ h: 2, seq: 5_000_001 });
    publisher.stop();
  });
});

describe('readRelayUrl', () => {
  const page = (content: string | null, baseURI = 'http://192.168.1.5:4173/coalition-th.html') =>
    ({
      querySelector: () => (content === null ? null : { content }),
      baseURI,
    }) as unknown as Document;

  it('is null without the meta tag, so a page on a plain static host makes no live request', () => {
    expect(readRelayUrl(page(null))).toBeNull();
    expect(readRelayUrl(page('  '))).toBeNull();
  });

  it('resolves the tag against the page, and takes http(s) only', () => {
    expect(readRelayUrl(page('/'))?.href).toBe('http://192.168.1.5:4173/');
    expect(readRelayUrl(page('https://live.example.org/'))?.href).toBe('https://live.example.org/');
    expect(readRelayUrl(page('javascript:alert(1)'))).toBeNull();
    expect(readRelayUrl(page('/', 'file:///media/usb/index.html'))).toBeNull();
  });
});

describe('isPresenter', () => {
  const answering = (status: number, body: unknown) =>
    (async (url: string, init: RequestInit) => {
      expect(url).toBe('https://live.example.org/live/session');
      expect(init.credentials).toBe('include');
      return new Response(JSON.stringify(body), { status });
    }) as unknown as LiveEnvironment['fetch'];

  it('is true only when the relay says this browser is the presenter’s', async () => {
    const relay = 'https://live.example.org/';
    expect(await isPresenter(relay, { fetch: answering(200, { presenter: true }) })).toBe(true);
    expect(await isPresenter(relay, { fetch: answering(200, { presenter: false }) })).toBe(false);
    expect(await isPresenter(relay, { fetch: answering(200, { presenter: 'yes' }) })).toBe(false);
    expect(await isPresenter(relay, { fetch: answering(403, { presenter: true }) })).toBe(false);
    const offline = (() => Promise.reject(new TypeError('offline'))) as unknown as LiveEnvironment['fetch'];
    expect(await isPresenter(relay, { fetch: offline })).toBe(false);
  });
});
