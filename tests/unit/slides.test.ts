import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { LANGS, type SlideModule } from '../../slides/types';
import { collectStrings } from '../../scripts/thai/orthography.mjs';

// Every slide module on disk, by deck, in file-name order.
const MODULE_FILES = import.meta.glob<{ default: SlideModule }>('../../slides/*/[0-9][0-9]-*.ts', { eager: true });
const filesOf = (deckId: string) =>
  Object.entries(MODULE_FILES)
    .filter(([path]) => path.includes(`/slides/${deckId}/`))
    .sort(([a], [b]) => a.localeCompare(b));

describe('decks', () => {
  it('serves the coalition and DSI decks', () => {
    expect(DECKS.map((deck) => deck.id)).toEqual(['coalition', 'dsi']);
    expect(findDeck('dsi')?.id).toBe('dsi');
    expect(findDeck('nope')).toBeUndefined();
  });

  it('gives the coalition a title slide, its eight activities in the source order, and the campaign last', () => {
    const layouts = findDeck('coalition')!.slides.map((slide) => slide.layout);
    expect(layouts[0]).toBe('title');
    const activities = layouts.filter((layout) => layout === 'event' || layout === 'campaign');
    expect(activities).toHaveLength(8);
    expect(activities.at(-1)).toBe('campaign');
  });

  for (const deck of DECKS) {
    it(`${deck.id}: lists every slide module in its folder, in file order, once`, () => {
      const files = filesOf(deck.id);
      expect(files.length).toBeGreaterThan(0);
      expect(deck.slides).toEqual(files.map(([, module]) => module.default));
    });

    it(`${deck.id}: names each slide after its file, uniquely`, () => {
      const ids = filesOf(deck.id).map(([path, module]) => [
        basename(path, '.ts').replace(/^\d+-/, ''),
        module.default.id,
      ]);
      for (const [fromFile, id] of ids) expect(id).toBe(fromFile);
      expect(new Set(deck.slides.map((slide) => slide.id)).size).toBe(deck.slides.length);
    });
  }
});

describe.each(DECKS.flatMap((deck) => deck.slides.map((slide) => [deck.id, slide] as const)))(
  '%s / slide',
  (deckId, slide) => {
    it.each(LANGS)(`${slide.id}: has non-empty text and notes in %s`, (lang) => {
      const strings = collectStrings(slide.text[lang]);
      expect(strings.length).toBeGreaterThan(0);
      for (const [path, value] of strings) expect(value.trim(), `${deckId}/${slide.id}.${lang}.${path}`).not.toBe('');
      expect(slide.notes[lang].length).toBeGreaterThan(0);
      for (const note of slide.notes[lang]) expect(note.trim()).not.toBe('');
    });

    it(`${slide.id}: says the same number of talking points in Thai and English`, () => {
      expect(slide.notes.th.length).toBe(slide.notes.en.length);
    });

    it(`${slide.id}: writes its Thai text in Thai script`, () => {
      const thai = collectStrings(slide.text.th)
        .map(([, value]) => value)
        .join(' ');
      expect(thai).toMatch(/[\u0E01-\u0E5B]/);
    });
  },
);
