import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { collectStrings, findThaiProblems } from '../../scripts/thai/orthography.mjs';

// A copy of ../shared/seed/000_b755b63f6fb1df63.txt, the PDF extraction as received, kept in the repository
// so the test runs from any clone.
const SEED = readFileSync(new URL('../fixtures/extracted-source.txt', import.meta.url), 'utf8');

describe('the Thai orthography check', () => {
  it.each([
    ['split sara am', 'ส าหรับ'],
    ['tone mark before its vowel', 'เร่ือง'],
    ['mark not on a consonant', 'กมุภาพนัธ ์'],
    ['nikhahit + sara aa instead of sara am', 'ส\u0E4D\u0E32หรับ'],
    ['doubled mark', 'ที่่'],
  ])('flags %s', (problem, text) => {
    expect(findThaiProblems(text).map((found) => found.problem)).toContain(problem);
  });

  it('flags the damaged Thai of the extracted source (so it can tell damage from text)', () => {
    expect(findThaiProblems(SEED).length).toBeGreaterThan(10);
  });

  it.each(['สำหรับ', 'เรื่อง', 'กุมภาพันธ์', 'อินเทอร์เน็ต', 'ครั้งที่ 1', 'ปริ๊นเซส'])('accepts correct Thai: %s', (text) => {
    expect(findThaiProblems(text)).toEqual([]);
  });
});

describe('every Thai string the product shows', () => {
  const sources = [
    ...DECKS.flatMap((deck) => [
      [`${deck.id}/about`, deck.about.th] as const,
      ...deck.slides.map(
        (slide) => [`${deck.id}/${slide.id}`, { text: slide.text.th, notes: slide.notes.th }] as const,
      ),
    ]),
    ['ui', UI_TEXT.th] as const,
  ];

  it.each(sources)('%s: passes the orthography check', (_, value) => {
    const problems = collectStrings(value).flatMap(([path, text]) =>
      findThaiProblems(text).map((found) => `${path}: ${found.problem} in “${text}”`),
    );
    expect(problems).toEqual([]);
  });
});
