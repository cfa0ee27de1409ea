import { connect } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/live/protocol';
import { DECKS } from '../../slides/decks';
import { openStream, send, sleep, useRelay, type Reply } from './support';

const SITE = 'https://deck.example';
const relay = useRelay({ allowOrigins: [SITE] });
const deck = DECKS[0]!;
let seq = 1;
let cookie = '';
beforeAll(async () => {
  cookie = await relay.pair();
  expect((await relay.publish(cookie, deck.id, { h: 1, v: 0, f: null, seq: seq++ })).status).toBe(200);
});

const ERROR_SHAPE = { error: { code: expect.any(String), message: expect.any(String) } };

/** The deck's state as a late joiner sees it. */
async function currentState() {
  const stream = await openStream(relay.url('events', deck.id));
  const event = await stream.next((e) => e.event === 'position');
  stream.close();
  return JSON.parse(event.data!);
}

/**
 * Sends a raw HTTP request and returns the status line (or what the server did instead). With `end` false the
 * socket stays open for writing: the server must answer without waiting for more.
 */
function rawRequest(text: string, end = true): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(relay.server.port, '127.0.0.1', () => (end ? socket.end(text) : socket.write(text)));
    socket.setTimeout(3000, () => socket.destroy());
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('close', () => resolve(reply.split('\r\n')[0] ?? ''));
    socket.on('error', () => resolve('(connection error)'));
  });
}

describe('bad input gets a clear status, one error shape, and changes nothing', () => {
  it('answers 400 to malformed JSON and to bodies that are not a position', async () => {
    const before = await currentState();
    const cases: [unknown, string][] = [
      ['{"h": 1,', 'bad_json'],
      ['', 'bad_json'],
      ['[1, 0, null]', 'invalid_position'],
      ['null', 'invalid_position'],
      [{ h: -1, v: 0, f: null, seq: seq++ }, 'invalid_position'],
      [{ h: 1.5, v: 0, f: null, seq: seq++ }, 'invalid_position'],
      [{ h: '1', v: 0, f: null, seq: seq++ }, 'invalid_position'],
      [{ h: 1, v: 0, seq: seq++ }, 'invalid_position'],
      [{ h: 1, v: 0, f: -2, seq: seq++ }, 'invalid_position'],
      [{ h: 1, v: 0, f: null }, 'invalid_position'],
      [{ h: 1, v: 0, f: null, seq: 0 }, 'invalid_position'],
      // Nothing but a position travels: no notes, no language.
      [{ h: 1, v: 0, f: null, seq: seq++, lang: 'th' }, 'invalid_position'],
      [{ h: 1, v: 0, f: null, seq: seq++, notes: 'secret' }, 'invalid_position'],
    ];
    for (const [body, code] of cases) {
      const reply = await relay.publish(cookie, deck.id, body);
      expect([reply.status, reply.json]).toEqual([400, { error: { code, message: expect.any(String) } }]);
    }
    expect(await currentState()).toEqual(before);
  });

  it('answers 404 to an unknown deck, before reading anything', async () => {
    for (const id of ['nope', 'COALITION', '..', '%00', '%E0%A4%A']) {
      const reply = await relay.publish(cookie, id, { h: 0, v: 0, f: null, seq: seq++ });
      expect([reply.status, reply.json]).toEqual([404, ERROR_SHAPE]);
      const stream = await openStream(`${relay.origin}/live/decks/${id}/events`);
      expect(stream.status).toBe(404);
      stream.close();
    }
  });

  it('answers 400 to a slide past the end of each deck, and takes its last slide', async () => {
    for (const { id, slides } of DECKS) {
      const past = await relay.publish(cookie, id, { h: slides.length, v: 0, f: null, seq: seq++ });
      expect([past.status, past.json]).toEqual([400, { error: { code: 'out_of_range', message: expect.any(String) } }]);
      const vertical = await relay.publish(cookie, id, { h: 0, v: 1, f: null, seq: seq++ });
      expect(vertical.status).toBe(400);
      const last = await relay.publish(cookie, id, { h: slides.length - 1, v: 0, f: 3, seq: seq++ });
      expect(last.status).toBe(200);
    }
    await relay.publish(cookie, deck.id, { h: 1, v: 0, f: null, seq: seq++ });
  });

  it('answers 413 to a body over 1 KB, declared or streamed, without reading it all', async () => {
    const before = await currentState();
    const big = JSON.stringify({ h: 1, v: 0, f: null, seq: seq++, pad: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await relay.publish(cookie, deck.id, big);
    expect([declared.status, declared.json]).toEqual([
      413,
      { error: { code: 'payload_too_large', message: expect.any(String) } },
    ]);
    // Chunked, with no Content-Length: the server stops at the limit.
    const chunked = await new Promise<string>((resolve) => {
      const socket = connect(relay.server.port, '127.0.0.1', () => {
        socket.write(
          `POST /live/decks/${deck.id}/position HTTP/1.1\r\nhost: x\r\norigin: ${SITE}\r\ncookie: ${cookie}\r\n` +
            'content-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
        );
        const chunk = 'x'.repeat(600);
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
        socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
        // No final chunk: the body never ends; the server must answer anyway.
      });
      let reply = '';
      socket.setEncoding('utf8');
      socket.on('data', (data: string) => (reply += data));
      socket.on('close', () => resolve(reply));
      socket.on('error', () => resolve(reply));
    });
    expect(chunked.split('\r\n')[0]).toBe('HTTP/1.1 413 Payload Too Large');
    // A declared length over the limit is refused before any of the body is read.
    const declaredOnly = await rawRequest(
      `POST /live/decks/${deck.id}/position HTTP/1.1\r\nhost: x\r\norigin: ${SITE}\r\ncookie: ${cookie}\r\n` +
        'content-type: application/json\r\ncontent-length: 1000000\r\n\r\n{"h":',
      false,
    );
    expect(declaredOnly).toBe('HTTP/1.1 413 Payload Too Large');
    expect(await currentState()).toEqual(before);
  });

  it('answers 415 to a body that is not sent as JSON, and 405 to a wrong method', async () => {
    const form = await relay.publish(cookie, deck.id, 'h=1', { 'content-type': 'application/x-www-form-urlencoded' });
    expect([form.status, form.json]).toEqual([415, ERROR_SHAPE]);
    const get = await send(relay.url('position', deck.id));
    expect([get.status, get.headers.allow]).toEqual([405, 'POST']);
    const post = await send(relay.url('events', deck.id), { method: 'POST' });
    expect([post.status, post.headers.allow]).toEqual([405, 'GET']);
  });

  it('survives hostile paths and query strings, and keeps serving', async () => {
    const paths = [
      '/%',
      '/%E0%A4%A',
      '/..%2f..%2fetc%2fpasswd',
      '/../../etc/passwd',
      '/live/pair?token=%',
      '/live/pair?token=' + 'a'.repeat(8000),
      '/live/pair?token[]=1&token=2',
      '/live/decks//events',
      '/live/decks/coalition/events/extra',
      '/live/decks/coalition%2fevents',
      '/?' + '&'.repeat(5000),
      '//evil.example/live/pair',
      '/\u0000',
    ];
    const replies: Reply[] = [];
    for (const path of paths) replies.push(await send(`${relay.origin}${encodeURI(path).replace(/%25/g, '%')}`));
    for (const reply of replies) {
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(reply.json).toEqual(ERROR_SHAPE);
    }
    for (const line of [
      'GET http://evil.example/ HTTP/1.1\r\nhost: x\r\n\r\n',
      'GET * HTTP/1.1\r\nhost: x\r\n\r\n',
      'BREW /live/pair HTTP/1.1\r\nhost: x\r\n\r\n',
      'GET /\x01 HTTP/1.1\r\n\r\n',
      'nonsense\r\n\r\n',
    ])
      expect(await rawRequest(line)).toMatch(/^HTTP\/1\.1 4\d\d /);
    await sleep(50);
    expect((await send(`${relay.origin}/healthz`)).status).toBe(200);
  });
});

describe('limits', () => {
  const capped = useRelay({ limits: { maxStreams: 3 } });
  it('answers 503 past the connection cap, and takes streams again once one closes', async () => {
    const streams = await Promise.all([1, 2, 3].map(() => openStream(capped.url('events', deck.id))));
    expect(streams.map((stream) => stream.status)).toEqual([200, 200, 200]);
    const refused = await send(capped.url('events', deck.id));
    expect([refused.status, refused.json]).toEqual([
      503,
      { error: { code: 'unavailable', message: expect.any(String) } },
    ]);
    expect(refused.headers['retry-after']).toBeDefined();
    streams[0]!.close();
    await sleep(100);
    const again = await openStream(capped.url('events', deck.id));
    expect(again.status).toBe(200);
    [again, ...streams].forEach((stream) => stream.close());
  });

  const perAddress = useRelay({ limits: { maxStreamsPerAddress: 2 } });
  it('answers 503 past the streams one address may hold', async () => {
    const streams = await Promise.all([1, 2].map(() => openStream(perAddress.url('events', deck.id))));
    const refused = await send(perAddress.url('events', deck.id));
    expect(refused.status).toBe(503);
    streams.forEach((stream) => stream.close());
  });
});
