import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicDeckUrl, shareUrl } from '../../src/ui/share';

const pageAt = (href: string) => new URL(href);

describe('share links', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('share the deck, language and slide on the deck’s own page, not the presenter’s screen and notes choices', () => {
    expect(
      shareUrl(pageAt('https://talks.example/safe/?deck=dsi&lang=th&sub=en&speakerLang=en#/4'), 'dsi', 'th', {
        h: 4,
        v: 0,
      }),
    ).toBe('https://talks.example/safe/dsi-th.html?deck=dsi&lang=th#/4');
  });

  it('point the closing slide at the page’s own address by default', () => {
    expect(publicDeckUrl('dsi', 'en', pageAt('https://talks.example/safe/index.html?deck=dsi&lang=th#/6'))).toBe(
      'https://talks.example/safe/dsi-en.html?deck=dsi&lang=en',
    );
  });

  it('point the closing slide at VITE_PUBLIC_URL when the build sets it', () => {
    vi.stubEnv('VITE_PUBLIC_URL', 'https://decks.example.org/safe-internet/');
    expect(publicDeckUrl('coalition', 'th', pageAt('http://127.0.0.1:4173/?deck=coalition'))).toBe(
      'https://decks.example.org/safe-internet/coalition-th.html?deck=coalition&lang=th',
    );
  });

  it('give no closing-slide address for a deck served from this machine', () => {
    expect(publicDeckUrl('dsi', 'en', pageAt('http://127.0.0.1:4173/?deck=dsi'))).toBeNull();
    expect(publicDeckUrl('dsi', 'en', pageAt('http://localhost:5173/?deck=dsi'))).toBeNull();
  });

  it('give no closing-slide address for a copy opened from a file', () => {
    expect(publicDeckUrl('dsi', 'th', pageAt('file:///media/usb/index.html?deck=dsi'))).toBeNull();
  });
});
