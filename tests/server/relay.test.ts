import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { openStream, sleep, useRelay } from './support';

const SITE = 'https://deck.example';
const relay = useRelay({ allowOrigins: [SITE], limits: { coalesceMs: 100 } });
const [first, second] = DECKS;
let seq = 1000;
const at = (h: number, f: number | null = null) => ({ h, v: 0, f, seq: seq++ });

describe('the relay', () => {
  it('sends a published position to every subscriber of the deck, and not to another deck’s', async () => {
    const cookie = await relay.pair();
    const phones = await Promise.all([1, 2, 3].map(() => openStream(relay.url('events', first!.id))));
    const other = await openStream(relay.url('events', second!.id));
    expect(phones.map((phone) => phone.status)).toEqual([200, 200, 200]);
    expect(phones[0]!.headers['content-type']).toMatch(/^text\/event-stream/);

    const reply = await relay.publish(cookie, first!.id, at(2, 0));
    expect(reply.status).toBe(200);
    const { state } = reply.json as { state: { rev: number } };
    for (const phone of phones) {
      const event = await phone.next((e) => e.event === 'position');
      expect(JSON.parse(event.data!)).toEqual({ deck: first!.id, rev: state.rev, h: 2, v: 0, f: 0 });
      expect(event.id).toBe(String(state.rev));
    }
    await sleep(150);
    expect(other.positions()).toEqual([]);
    [...phones, other].forEach((stream) => stream.close());
  });

  it('gives a late joiner the current position at once, after a retry hint', async () => {
    const cookie = await relay.pair();
    await relay.publish(cookie, first!.id, at(4));
    const late = await openStream(relay.url('events', first!.id));
    const event = await late.next((e) => e.event === 'position');
    expect(JSON.parse(event.data!)).toMatchObject({ h: 4, v: 0, f: null });
    // The retry hint, between one and two retryMs (1000 ms here), differs from stream to stream.
    expect(Number(late.events[0]!.retry)).toBeGreaterThanOrEqual(1000);
    expect(Number(late.events[0]!.retry)).toBeLessThan(2000);
    late.close();
  });

  it('ignores a publish whose seq is not above the last accepted: 409, and nothing changes or is sent', async () => {
    const cookie = await relay.pair();
    expect((await relay.publish(cookie, first!.id, at(5))).status).toBe(200);
    const phone = await openStream(relay.url('events', first!.id));
    await phone.next((e) => e.event === 'position');
    const body = at(1);
    const stale = await relay.publish(cookie, first!.id, { ...body, seq: body.seq - 5 });
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({ error: { code: 'stale', message: expect.any(String), seq: body.seq - 1 } });
    await sleep(200);
    expect(phone.positions().map((p) => p.h)).toEqual([5]);
    const late = await openStream(relay.url('events', first!.id));
    expect(JSON.parse((await late.next((e) => e.event === 'position')).data!)).toMatchObject({ h: 5 });
    [phone, late].forEach((stream) => stream.close());
  });

  it('coalesces fast changes: phones get the latest, in ascending revisions, never jumping back', async () => {
    const cookie = await relay.pair();
    await relay.publish(cookie, second!.id, at(0));
    const phone = await openStream(relay.url('events', second!.id));
    await phone.next((e) => e.event === 'position');
    const lastH = second!.slides.length - 1;
    // Ten changes as fast as one client can make them, each answered before the next.
    for (let h = 1; h <= 10; h++)
      expect((await relay.publish(cookie, second!.id, at(Math.min(h, lastH)))).status).toBe(200);
    await phone.next((e) => e.event === 'position' && JSON.parse(e.data!).h === lastH && e === phone.events.at(-1));
    await sleep(250);
    const positions = phone.positions();
    const revs = positions.map((p) => p.rev);
    expect(revs).toEqual([...revs].sort((a, b) => a - b));
    expect(new Set(revs).size).toBe(revs.length);
    expect(positions.at(-1)!.h).toBe(lastH);
    // The first change goes at once, the rest at most one per coalescing window.
    expect(positions.length).toBeLessThan(11);
    phone.close();
  });

  it('resumes with Last-Event-ID: a browser that has the current revision gets nothing again, an older one gets it', async () => {
    const cookie = await relay.pair();
    const { state } = (await relay.publish(cookie, first!.id, at(3))).json as { state: { rev: number } };
    const resumed = await openStream(relay.url('events', first!.id), { 'last-event-id': String(state.rev) });
    const behind = await openStream(relay.url('events', first!.id), { 'last-event-id': String(state.rev - 1) });
    expect(JSON.parse((await behind.next((e) => e.event === 'position')).data!)).toMatchObject({ rev: state.rev });
    await sleep(150);
    expect(resumed.positions()).toEqual([]);
    const next = (await relay.publish(cookie, first!.id, at(6))).json as { state: { rev: number } };
    expect(JSON.parse((await resumed.next((e) => e.event === 'position')).data!)).toMatchObject({
      rev: next.state.rev,
    });
    [resumed, behind].forEach((stream) => stream.close());
  });

  it('streams to an HTTP/1.0 client (some proxies) unchunked, until the connection closes', async () => {
    const cookie = await relay.pair();
    const { state } = (await relay.publish(cookie, first!.id, at(7))).json as { state: { rev: number } };
    const text = await new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(relay.server.port, '127.0.0.1', () =>
        socket.write(`GET /live/decks/${first!.id}/events HTTP/1.0\r\n\r\n`),
      );
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        received += chunk;
        if (received.includes('event: position')) socket.destroy();
      });
      socket.on('close', () => resolve(received));
    });
    const [head, body] = text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head).not.toMatch(/transfer-encoding/i);
    expect(body).toMatch(new RegExp(`^retry: \\d+\n\nid: ${state.rev}\nevent: position\n`));
  });

  it('keeps idle streams alive with heartbeat comments', async () => {
    const phone = await openStream(relay.url('events', first!.id));
    await phone.next((e) => e.comment !== undefined, 1000);
    phone.close();
  });

  it('tells the presenter how many phones follow, on the presenter’s stream and in each publish reply', async () => {
    const cookie = await relay.pair();
    const presenter = await openStream(relay.url('presenter', second!.id), { cookie });
    expect(presenter.status).toBe(200);
    const phones = await Promise.all([1, 2].map(() => openStream(relay.url('events', second!.id))));
    await presenter.next((e) => e.event === 'followers' && JSON.parse(e.data!).followers === 2);
    await sleep(150);
    const reply = await relay.publish(cookie, second!.id, at(1));
    expect(reply.json).toMatchObject({ followers: 2 });
    phones.forEach((phone) => phone.close());
    await presenter.next((e) => e.event === 'followers' && JSON.parse(e.data!).followers === 0);
    presenter.close();
  });

  it('ends every stream when the server stops', async () => {
    const { startLiveServer } = await import('../../src/live/server/server');
    const { silentLogger } = await import('../../src/live/server/log');
    const server = await startLiveServer({ siteRoot: null, port: 0, host: '127.0.0.1', log: silentLogger });
    const phone = await openStream(`http://127.0.0.1:${server.port}/live/decks/${first!.id}/events`);
    const started = Date.now();
    await server.close();
    await phone.ended;
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
