import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { addressFor, canonicalFor } from '../../src/page/address';
import { readPageContext } from '../../src/page/context';

const dsi = findDeck('dsi')!;
const at = (href: string) => ({ href, context: readPageContext({ href, pageDeck: null }) });
const thaiWithEnglish = { lang: 'th', sub: 'en', notes: 'th' } as const;

describe('the address of a deck', () => {
  it('names the deck’s own page, its view and its slide, and nothing else', () => {
    const { href, context } = at('https://talks.example/safe/index.html?deck=dsi&deck=coalition&lang=TH&x=1#/3');
    expect(addressFor(href, context, { deck: dsi, view: thaiWithEnglish, slide: { h: 3, v: 0 } })).toBe(
      'https://talks.example/safe/dsi-th.html?deck=dsi&lang=th&sub=en#/3',
    );
  });

  it('moves to the other language’s page when the language changes, keeping the slide', () => {
    const { href, context } = at('https://talks.example/safe/dsi-th.html?deck=dsi&lang=th#/5');
    expect(
      addressFor(href, context, { deck: dsi, view: { lang: 'en', sub: null, notes: 'th' }, slide: { h: 5, v: 0 } }),
    ).toBe('https://talks.example/safe/dsi-en.html?deck=dsi&lang=en&speakerLang=th#/5');
  });

  it('keeps a speaker-view preview’s channel and reveal.js options, exactly, after the view', () => {
    const channel = '0123456789abcdef0123456789abcdef';
    const href = `http://127.0.0.1:4173/dsi-en.html?deck=dsi&lang=en&receiver&speakerChannel=${channel}&progress=false&autoSlide=9#/2/0`;
    const context = readPageContext({ href, pageDeck: null, framing: 'same-origin' });
    expect(
      addressFor(href, context, { deck: dsi, view: { lang: 'en', sub: null, notes: 'en' }, slide: { h: 2, v: 0 } }),
    ).toBe(`http://127.0.0.1:4173/dsi-en.html?deck=dsi&lang=en&speakerChannel=${channel}&receiver&progress=false#/2`);
  });

  it('gives search engines the deck’s page per language, without screen mode or slide', () => {
    const { href, context } = at('https://talks.example/safe/dsi-th.html?deck=dsi&lang=th&sub=en#/3');
    const state = { deck: dsi, view: thaiWithEnglish, slide: { h: 3, v: 0 } };
    expect(canonicalFor(href, context, state, 'th')).toBe('https://talks.example/safe/dsi-th.html?deck=dsi&lang=th');
    expect(canonicalFor(href, context, state, 'en')).toBe('https://talks.example/safe/dsi-en.html?deck=dsi&lang=en');
  });
});

describe('the address of the landing page', () => {
  it('carries only the language, and leaves a deck page for the site’s own address', () => {
    const { href, context } = at('https://talks.example/safe/dsi-th.html?deck=nosuch#/4');
    expect(addressFor(href, context, { deck: null, lang: 'en' })).toBe('https://talks.example/safe/?lang=en');
    const index = at('https://talks.example/safe/index.html?lang=th');
    expect(addressFor(index.href, index.context, { deck: null, lang: 'th' })).toBe(
      'https://talks.example/safe/index.html?lang=th',
    );
  });
});
