import { describe, expect, it } from 'vitest';
import { deckHref, echoValue, readParam, requestedSlideIndex, sanitizeQuery, withParams } from '../../src/state/query';

describe('URL state', () => {
  it('reads a parameter and treats an empty one as absent', () => {
    expect(readParam('?deck=dsi&lang=th', 'deck')).toBe('dsi');
    expect(readParam('?deck=&lang=th', 'deck')).toBeNull();
    expect(readParam('', 'deck')).toBeNull();
  });

  it('sets and removes parameters while keeping the path and the slide hash', () => {
    const href = withParams('https://example.test/talks/index.html?deck=dsi#/3', { lang: 'th' });
    expect(href).toBe('https://example.test/talks/index.html?deck=dsi&lang=th#/3');
    expect(withParams(href, { lang: null })).toBe('https://example.test/talks/index.html?deck=dsi#/3');
  });

  it('links to a deck relative to the current page', () => {
    expect(deckHref('coalition', 'th')).toBe('?deck=coalition&lang=th');
  });

  it('reads the slide a #/N hash asks for', () => {
    expect(requestedSlideIndex('#/4')).toBe(4);
    expect(requestedSlideIndex('#/12/0')).toBe(12);
    expect(requestedSlideIndex('')).toBeNull();
    expect(requestedSlideIndex('#/abc')).toBeNull();
  });

  it('shortens hostile values before echoing them and drops control characters', () => {
    const echoed = echoValue(`<script>alert(1)</script>${'x'.repeat(100)}\u0000\u202E`);
    expect(echoed.length).toBeLessThanOrEqual(41);
    expect(echoed.endsWith('…')).toBe(true);
    expect(echoValue('a\u0000b\u202Ec')).toBe('abc');
  });
});

describe('query sanitising', () => {
  it('keeps the deck, the language and reveal.js’s print and speaker-view options', () => {
    expect(sanitizeQuery('?deck=dsi&lang=th&print-pdf&showNotes=separate-page')).toBe(
      '?deck=dsi&lang=th&print-pdf&showNotes=separate-page',
    );
    expect(sanitizeQuery('?deck=dsi&receiver&progress=false&postMessageEvents=true')).toBe(
      '?deck=dsi&receiver&progress=false&postMessageEvents=true',
    );
  });

  it('drops reveal.js options that could carry a script URL or restyle the deck', () => {
    expect(sanitizeQuery('?deck=dsi&url=javascript%3Aalert(1)%2F%2F&dependencies=x&theme=evil')).toBe('?deck=dsi');
    expect(sanitizeQuery('?transition=%3Cscript%3E')).toBe('');
  });
});
