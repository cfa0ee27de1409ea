import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { LANGS } from '../../slides/types';
import { readPageContext, type PageInput } from '../../src/page/context';
import { deckHref, echoValue, parseSlideHash, readParam } from '../../src/page/query';

const SITE = 'https://talks.example/safe/';
const contextAt = (path: string, pageDeck: PageInput['pageDeck'] = null) =>
  readPageContext({ href: new URL(path, SITE).href, pageDeck });
// A speaker-view preview: framed by its speaker view, a page of the same origin.
const previewAt = (path: string) =>
  readPageContext({ href: new URL(path, SITE).href, pageDeck: null, framing: 'same-origin' });
const CHANNEL = '0123456789abcdef0123456789abcdef';
const coalition = findDeck('coalition')!;

describe('reading the address', () => {
  it('reads a parameter and treats an empty one as absent', () => {
    expect(readParam('?deck=dsi&lang=th', 'deck')).toBe('dsi');
    expect(readParam('?deck=&lang=th', 'deck')).toBeNull();
    expect(readParam('', 'deck')).toBeNull();
  });

  it('links to a deck relative to the current page', () => {
    expect(deckHref('coalition', 'th')).toBe('?deck=coalition&lang=th');
  });

  it('reads the slide a #/N hash asks for', () => {
    expect(parseSlideHash('#/4')?.position.h).toBe(4);
    expect(parseSlideHash('#/12/0')?.position).toEqual({ h: 12, v: 0 });
    expect(parseSlideHash('#/3/1/2')?.position).toEqual({ h: 3, v: 1, f: 2 });
    expect(parseSlideHash('')).toBeNull();
    expect(parseSlideHash('#/abc')).toBeNull();
  });

  it('shortens hostile values before echoing them and drops control characters', () => {
    const echoed = echoValue(`<script>alert(1)</script>${'x'.repeat(100)}\u0000\u202E`);
    expect(echoed.length).toBeLessThanOrEqual(41);
    expect(echoed.endsWith('…')).toBe(true);
    expect(echoValue('a\u0000b\u202Ec')).toBe('abc');
  });
});

describe('the language the address asks for', () => {
  // One reading decides both the language and whether the visitor is told it is unavailable.
  it.each([
    ['?lang=th', 'th', false],
    ['?lang=TH', 'th', false],
    ['?lang=th%20', 'th', false],
    ['?lang=%20en', 'en', false],
    ['?lang=th-TH', 'th', false],
    ['?lang=en_GB', 'en', false],
    ['?lang=th&lang=xx', 'th', false],
    ['?lang=th&lang=en', 'th', false],
    ['?lang=&lang=en', 'en', false],
    ['?lang=xx&lang=th', null, true],
    ['?lang=klingon', null, true],
    ['?lang=print-pdf', null, true],
    ['?lang=', null, false],
    ['', null, false],
  ])('%s gives %s, with a notice: %s', (search, lang, notice) => {
    const context = contextAt(`index.html?deck=dsi${search.replace('?', '&')}`);
    expect(context.lang).toBe(lang);
    expect(context.notices.some((n) => n.key === 'unknownLanguage')).toBe(notice);
  });

  it('takes a deck page’s own deck and language when its address names none', () => {
    const context = contextAt('dsi-th.html', { deck: 'dsi', lang: 'th' });
    expect(context.deck?.id).toBe('dsi');
    expect(context.lang).toBe('th');
    expect(context.view).toBe('deck');
  });

  it('lets the query override the deck page it arrives on', () => {
    const context = contextAt('dsi-th.html?deck=coalition&lang=en', { deck: 'dsi', lang: 'th' });
    expect([context.deck?.id, context.lang]).toEqual(['coalition', 'en']);
  });
});

describe('the slide the address asks for', () => {
  it.each(coalition.slides.map((_, index) => index))('#/%i opens that slide', (index) => {
    expect(contextAt(`?deck=coalition#/${index}`).slide).toEqual({ h: index, v: 0 });
  });

  it('opens the last slide past the end and says which slide was asked for, exactly as typed', () => {
    const context = contextAt('?deck=dsi&lang=en#/99999999999999999999999');
    const dsi = findDeck('dsi')!;
    expect(context.slide).toEqual({ h: dsi.slides.length - 1, v: 0 });
    const notice = context.notices.find((n) => n.key === 'slideOutOfRange');
    expect(notice?.params).toEqual({ requested: '100000000000000000000000', total: dsi.slides.length });
  });
});

describe('reveal.js options from the address', () => {
  it('keeps the print view’s and the speaker-view previews’ options, with their exact values, in those views only', () => {
    expect(contextAt('?deck=dsi&lang=th&print-pdf&handout=notes&paper=letter').revealOptions).toEqual([
      ['print-pdf', ''],
      ['handout', 'notes'],
      ['paper', 'letter'],
    ]);
    expect(previewAt('?deck=dsi&receiver&progress=false&postMessageEvents=true').revealOptions).toEqual([
      ['receiver', ''],
      ['progress', 'false'],
      ['postMessageEvents', 'true'],
    ]);
  });

  it.each([
    'showNotes=true',
    'autoSlide=1',
    'scrollActivationWidth=100000',
    'postMessageEvents=true',
    'controls=false',
    'url=javascript%3Aalert(1)%2F%2F',
    'dependencies=x',
    'theme=evil',
    'transition=%3Cscript%3E',
  ])('drops %s from the audience’s deck', (option) => {
    const context = contextAt(`?deck=dsi&lang=th&${option}`);
    expect(context.view).toBe('deck');
    expect(context.revealOptions).toEqual([]);
  });

  it('drops options a view does not use, or with another value', () => {
    expect(previewAt('?deck=dsi&receiver&autoSlide=5&showNotes=true').revealOptions).toEqual([['receiver', '']]);
    expect(contextAt('?deck=dsi&print-pdf&showNotes=true&postMessageEvents=true').revealOptions).toEqual([
      ['print-pdf', ''],
    ]);
    // reveal.js's own notes pages are not the handout.
    expect(contextAt('?deck=dsi&print-pdf&showNotes=separate-page').revealOptions).toEqual([['print-pdf', '']]);
  });

  it('is the print view only when print-pdf is a parameter of its own', () => {
    expect(contextAt('?deck=dsi&lang=print-pdf').view).toBe('deck');
    expect(contextAt('?deck=dsi&print-pdf').view).toBe('print');
  });

  it('reads every language the decks have', () => {
    for (const lang of LANGS) expect(contextAt(`?deck=dsi&lang=${lang}`).lang).toBe(lang);
  });
});

describe('the speaker view’s previews and frames', () => {
  it('is a preview only inside a frame of its own site, with its main window’s channel', () => {
    const preview = previewAt(`?deck=dsi&lang=en&speakerChannel=${CHANNEL}&receiver&postMessageEvents=true`);
    expect(preview.view).toBe('receiver');
    expect(preview.speakerChannel).toBe(CHANNEL);
  });

  it('treats ?receiver on an ordinary tab as the deck itself, with no reveal.js options and no channel', () => {
    const context = contextAt(`?deck=dsi&lang=en&speakerChannel=${CHANNEL}&receiver&postMessageEvents=true`);
    expect(context.view).toBe('deck');
    expect(context.revealOptions).toEqual([]);
    expect(context.speakerChannel).toBeNull();
  });

  it.each(['', 'abc', CHANNEL.toUpperCase(), `${CHANNEL}0`, '<script>', `${CHANNEL}&speakerChannel=${CHANNEL}`])(
    'takes no channel from speakerChannel=%s',
    (value) => {
      const channel = previewAt(`?deck=dsi&speakerChannel=${encodeURIComponent(value)}&receiver`).speakerChannel;
      expect(channel).toBeNull();
    },
  );

  it.each(['?deck=dsi&lang=en', '?deck=dsi&receiver', '?lang=en', '?deck=dsi&print-pdf'])(
    'shows no deck in a frame of another site: %s',
    (search) => {
      const context = readPageContext({ href: new URL(search, SITE).href, pageDeck: null, framing: 'cross-origin' });
      expect(context.view).toBe('foreign-frame');
      expect(context.revealOptions).toEqual([]);
    },
  );

  it('lets the offline file’s previews run in its speaker view (files are each their own origin)', () => {
    const href = `file:///media/usb/offline/index.html?deck=dsi&speakerChannel=${CHANNEL}&receiver`;
    const context = readPageContext({ href, pageDeck: null, framing: 'cross-origin' });
    expect([context.view, context.speakerChannel]).toEqual(['receiver', CHANNEL]);
  });
});

describe('the handout the address asks for', () => {
  it('lays out a handout in the print view only, on A4 unless Letter is asked for', () => {
    expect(contextAt('?deck=dsi&lang=th&print-pdf&handout=notes').handout).toEqual({ layout: 'notes', paper: 'a4' });
    expect(contextAt('?deck=dsi&lang=th&print-pdf&handout=notes&paper=letter').handout).toEqual({
      layout: 'notes',
      paper: 'letter',
    });
    expect(contextAt('?deck=dsi&lang=th&print-pdf').handout).toBeNull();
    expect(contextAt('?deck=dsi&lang=th&handout=notes&paper=letter').handout).toBeNull();
    expect(contextAt('?deck=dsi&lang=th&handout=notes&paper=letter').revealOptions).toEqual([]);
    expect(previewAt('?deck=dsi&lang=th&receiver&handout=notes').revealOptions).toEqual([['receiver', '']]);
  });

  it.each(['handout=Notes', 'handout=slides', 'handout=', 'paper=letter', 'handout=x&paper=a4'])(
    'prints the slides alone for %s',
    (option) => {
      const context = contextAt(`?deck=dsi&lang=th&print-pdf&${option}`);
      expect(context.view).toBe('print');
      expect(context.handout).toBeNull();
    },
  );

  it('falls back to A4 for a paper it does not know', () => {
    const context = contextAt('?deck=dsi&lang=th&print-pdf&handout=notes&paper=a3');
    expect(context.handout).toEqual({ layout: 'notes', paper: 'a4' });
    expect(context.revealOptions).toEqual([
      ['print-pdf', ''],
      ['handout', 'notes'],
    ]);
  });

  it.each(DECKS.map((deck) => [deck.id, deck.mainLang] as const))(
    'prints the bilingual handout of %s in its main language (%s), whatever the address says',
    (deckId, mainLang) => {
      for (const lang of [...LANGS, 'xx'])
        expect(contextAt(`?deck=${deckId}&lang=${lang}&print-pdf&handout=bilingual`).lang).toBe(mainLang);
      expect(contextAt(`?deck=${deckId}&print-pdf&handout=bilingual`).lang).toBe(mainLang);
    },
  );

  it('keeps the language the address names for a one-language handout', () => {
    for (const lang of LANGS) expect(contextAt(`?deck=coalition&lang=${lang}&print-pdf&handout=notes`).lang).toBe(lang);
  });
});
