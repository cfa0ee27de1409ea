import { describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { LANGS } from '../../slides/types';
import { slideSeconds } from '../../src/deck/pacing';
import { choicesOf, readPageContext } from '../../src/page/context';
import { nextScreenMode, resolveView } from '../../src/state/view';

const readChoices = (search: string, lang: 'th' | 'en') =>
  choicesOf(readPageContext({ href: `https://talks.example/${search}`, pageDeck: null }), lang);

describe('pacing', () => {
  it.each(DECKS.flatMap((deck) => LANGS.map((lang) => [deck.id, lang, deck] as const)))(
    '%s in %s: gives every slide a time and adds up to the suggested length',
    (_, lang, deck) => {
      const seconds = slideSeconds(deck, lang);
      expect(seconds).toHaveLength(deck.slides.length);
      for (const value of seconds) expect(value).toBeGreaterThan(0);
      const total = seconds.reduce((sum, value) => sum + value, 0);
      expect(Math.abs(total - deck.minutes[lang] * 60)).toBeLessThanOrEqual(deck.slides.length);
    },
  );

  it('keeps a slide’s own timing and shares the rest', () => {
    const deck = DECKS[0]!;
    const seconds = slideSeconds(deck, 'th');
    deck.slides.forEach((slide, i) => {
      if (slide.seconds) expect(seconds[i]).toBe(slide.seconds.th);
    });
  });

  it('allows more time for Thai delivery than for English', () => {
    for (const deck of DECKS) expect(deck.minutes.th).toBeGreaterThanOrEqual(deck.minutes.en);
  });
});

describe('screen modes', () => {
  it('cycles Thai only → English only → both with English main → Thai only', () => {
    expect(nextScreenMode('th', false)).toEqual({ lang: 'en', dual: false });
    expect(nextScreenMode('en', false)).toEqual({ lang: 'en', dual: true });
    expect(nextScreenMode('en', true)).toEqual({ lang: 'th', dual: false });
    expect(nextScreenMode('th', true)).toEqual({ lang: 'th', dual: false });
  });

  it('reads ?sub= and ?speakerLang= and ignores values that make no sense', () => {
    expect(readChoices('?lang=th&sub=en&speakerLang=en', 'th')).toEqual({ dual: true, notes: 'en' });
    expect(readChoices('?lang=th&sub=th', 'th')).toEqual({ dual: false, notes: null });
    expect(readChoices('?sub=fr&speakerLang=<b>', 'en')).toEqual({ dual: false, notes: null });
  });

  it('shows the notes in the screen language unless another was chosen', () => {
    expect(resolveView('th', { dual: false, notes: null })).toEqual({ lang: 'th', sub: null, notes: 'th' });
    expect(resolveView('th', { dual: true, notes: 'en' })).toEqual({ lang: 'th', sub: 'en', notes: 'en' });
  });
});
