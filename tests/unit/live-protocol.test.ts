import { describe, expect, it } from 'vitest';
import {
  LIVE_PATHS,
  MAX_FRAGMENT_INDEX,
  parseFollowersMessage,
  parseLiveState,
  parsePublishBody,
} from '../../src/live/protocol';
import { parseRelayUrl, withLiveRelay } from '../../vite/live-relay';
import { readFileSync } from 'node:fs';

describe('publish body schema', () => {
  it('takes exactly h, v, f and seq', () => {
    expect(parsePublishBody({ h: 0, v: 0, f: null, seq: 1 })).toEqual({
      ok: true,
      value: { h: 0, v: 0, f: null, seq: 1 },
    });
    expect(parsePublishBody({ h: 3, v: 0, f: MAX_FRAGMENT_INDEX, seq: 2 }).ok).toBe(true);
    expect(parsePublishBody({ h: 3, v: 0, f: -1, seq: 2 }).ok).toBe(true);
  });

  it.each([
    ['not an object', 'x'],
    ['an array', [0, 0, null, 1]],
    ['a negative slide', { h: -1, v: 0, f: null, seq: 1 }],
    ['a fractional slide', { h: 0.5, v: 0, f: null, seq: 1 }],
    ['a slide as text', { h: '0', v: 0, f: null, seq: 1 }],
    ['a fragment past the bound', { h: 0, v: 0, f: MAX_FRAGMENT_INDEX + 1, seq: 1 }],
    ['no fragment field', { h: 0, v: 0, seq: 1 }],
    ['no seq', { h: 0, v: 0, f: null }],
    ['a zero seq', { h: 0, v: 0, f: null, seq: 0 }],
    ['an unsafe seq', { h: 0, v: 0, f: null, seq: 2 ** 60 }],
    ['a language', { h: 0, v: 0, f: null, seq: 1, lang: 'th' }],
    ['notes', { h: 0, v: 0, f: null, seq: 1, notes: ['…'] }],
  ])('refuses %s', (_, body) => {
    expect(parsePublishBody(body)).toEqual({ ok: false, message: expect.any(String) });
  });
});

describe('messages the client receives', () => {
  it('reads a position event and refuses one that is not', () => {
    const state = { deck: 'dsi', rev: 7, h: 1, v: 0, f: null };
    expect(parseLiveState(state)).toEqual({ ok: true, value: state });
    expect(parseLiveState({ ...state, extra: 'x' })).toEqual({ ok: true, value: state });
    expect(parseLiveState({ ...state, rev: '7' }).ok).toBe(false);
    expect(parseLiveState({ ...state, deck: 1 }).ok).toBe(false);
    expect(parseLiveState(null).ok).toBe(false);
    expect(parseFollowersMessage({ deck: 'dsi', followers: 3 })).toEqual({
      ok: true,
      value: { deck: 'dsi', followers: 3 },
    });
    expect(parseFollowersMessage({ deck: 'dsi', followers: -1 }).ok).toBe(false);
  });

  it('builds route paths relative to the relay’s base, the deck id encoded', () => {
    expect(new URL(LIVE_PATHS.events('dsi'), 'https://live.example.org/relay/').href).toBe(
      'https://live.example.org/relay/live/decks/dsi/events',
    );
    expect(LIVE_PATHS.position('a/b')).toBe('live/decks/a%2Fb/position');
  });
});

describe('VITE_LIVE_URL (vite/live-relay.ts)', () => {
  const index = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

  it('writes the relay meta and adds only the relay’s origin to connect-src', () => {
    const html = withLiveRelay(index, parseRelayUrl('https://live.example.org/relay/')!);
    expect(html).toContain('<meta name="live-relay" content="https://live.example.org/relay/" />');
    expect(html).toMatch(/connect-src 'self' https:\/\/live\.example\.org;/);
    expect(html.match(/live-relay/g)).toHaveLength(1);
  });

  it('does nothing without VITE_LIVE_URL, and stops the build for one that is not an http(s) URL', () => {
    expect(parseRelayUrl(undefined)).toBeNull();
    expect(parseRelayUrl(' ')).toBeNull();
    for (const bad of ['live.example.org', 'javascript:alert(1)', 'ftp://live.example.org/'])
      expect(() => parseRelayUrl(bad)).toThrow(/VITE_LIVE_URL/);
  });

  it('escapes the URL in the attribute', () => {
    const html = withLiveRelay(index, parseRelayUrl('https://live.example.org/?a="><script>')!);
    expect(html).not.toContain('"><script>');
  });
});
