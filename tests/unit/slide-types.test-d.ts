import { describe, expectTypeOf, it } from 'vitest';
import { defineDeck, defineSlide, type Bilingual, type SlideModule } from '../../slides/types';

const notes = { th: ['ประเด็น'], en: ['Point'] };

describe('slide types', () => {
  it('accepts a slide with both languages', () => {
    expectTypeOf(
      defineSlide({
        id: 'ok',
        layout: 'closing',
        text: { th: { title: 'ขอบคุณ', message: 'ข้อความ' }, en: { title: 'Thanks', message: 'Message' } },
        notes,
      }),
    ).toEqualTypeOf<SlideModule>();
  });

  it('rejects a slide whose Thai text is missing', () => {
    // @ts-expect-error: text.th is required
    defineSlide({ id: 'no-th', layout: 'closing', text: { en: { title: 'Thanks', message: 'Message' } }, notes });
  });

  it('rejects a slide whose English text is missing', () => {
    // @ts-expect-error: text.en is required
    defineSlide({ id: 'no-en', layout: 'closing', text: { th: { title: 'ขอบคุณ', message: 'ข้อความ' } }, notes });
  });

  it('rejects a slide whose Thai lacks a field the English has', () => {
    defineSlide({
      id: 'partial',
      layout: 'closing',
      // @ts-expect-error: text.th.message is required
      text: { th: { title: 'ขอบคุณ' }, en: { title: 'Thanks', message: 'Message' } },
      notes,
    });
  });

  it('rejects a slide without notes in one language', () => {
    defineSlide({
      id: 'no-notes',
      layout: 'closing',
      text: { th: { title: 'ก', message: 'ข' }, en: { title: 'a', message: 'b' } },
      // @ts-expect-error: notes.th is required
      notes: { en: ['x'] },
    });
  });

  it('rejects an activity without its date', () => {
    // @ts-expect-error: event slides carry their date
    defineSlide({
      id: 'no-date',
      layout: 'event',
      text: { th: { title: 'ก', venue: 'ข' }, en: { title: 'a', venue: 'b' } },
      notes,
    });
  });

  it('rejects a date that is not ISO', () => {
    defineSlide({
      id: 'bad-date',
      layout: 'event',
      // @ts-expect-error: dates are YYYY-MM-DD strings
      date: { start: 29112022 },
      text: { th: { title: 'ก', venue: 'ข' }, en: { title: 'a', venue: 'b' } },
      notes,
    });
  });

  it('makes Bilingual require exactly th and en', () => {
    expectTypeOf<keyof Bilingual<string>>().toEqualTypeOf<'th' | 'en'>();
  });
});

describe('deck types', () => {
  const deck = {
    id: 'deck',
    accent: 'teal',
    about: { th: { title: 'ก', description: 'ข' }, en: { title: 'a', description: 'b' } },
    minutes: { th: 1, en: 1 },
    slides: [],
  } as const;

  it('accepts a deck that names its main language', () => {
    defineDeck({ ...deck, mainLang: 'th' });
  });

  it('rejects a deck without its main language, which the bilingual handout prints its slides in', () => {
    // @ts-expect-error: mainLang is required
    defineDeck(deck);
  });

  it('rejects a main language the decks are not written in', () => {
    // @ts-expect-error: mainLang is one of LANGS
    defineDeck({ ...deck, mainLang: 'fr' });
  });
});
