import { describe, expect, it } from 'vitest';
import { THAI_COMPOUNDS } from '../../slides/compounds';
import { DECKS } from '../../slides/decks';
import { collectStrings } from '../../scripts/thai/orthography.mjs';
import { KEY_TABLE } from '../../src/deck/keys';

const THAI_TEXTS = [
  ...DECKS.flatMap((deck) => deck.slides.flatMap((slide) => collectStrings(slide.text.th))).map(([, text]) => text),
  ...KEY_TABLE.map((shortcut) => shortcut.action.th),
];
const words = new Intl.Segmenter('th', { granularity: 'word' });

/** Whether the word list cuts `text` strictly inside some occurrence of `compound` (where a line could break). */
const isCutInside = (text: string, compound: string): boolean => {
  const cuts = [...words.segment(text)].map(({ index }) => index);
  for (let at = text.indexOf(compound); at !== -1; at = text.indexOf(compound, at + 1))
    if (cuts.some((cut) => cut > at && cut < at + compound.length)) return true;
  return false;
};

describe('compounds kept on one line', () => {
  it.each(THAI_COMPOUNDS)(
    '%s: is on a slide or in the shortcut list, where the browser’s word list would cut it',
    (compound) => {
      const texts = THAI_TEXTS.filter((text) => text.includes(compound));
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.some((text) => isCutInside(text, compound))).toBe(true);
    },
  );
});
