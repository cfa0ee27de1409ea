// @ts-check
// Flags Thai damaged the way PDF text extraction damages it. It knows orthography, not words.
const CONSONANT = /[\u0E01-\u0E2E]/;
// Vowels and marks drawn above or below a consonant: they cannot start a syllable.
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
const TONE = /[\u0E48-\u0E4B]/;
const UPPER_VOWEL = /[\u0E31\u0E34-\u0E37]/;

/**
 * @typedef {{ index: number, problem: string }} ThaiProblem
 * @param {string} text
 * @returns {ThaiProblem[]}
 */
export function findThaiProblems(text) {
  /** @type {ThaiProblem[]} */
  const problems = [];
  const chars = [...text];
  chars.forEach((char, index) => {
    const prev = chars[index - 1] ?? '';
    const next = chars[index + 1] ?? '';
    if (COMBINING.test(char)) {
      let host = index - 1;
      while (host >= 0 && COMBINING.test(chars[host] ?? '')) host--;
      if (!CONSONANT.test(chars[host] ?? '')) problems.push({ index, problem: 'mark not on a consonant' });
    }
    if (TONE.test(char) && UPPER_VOWEL.test(next)) problems.push({ index, problem: 'tone mark before its vowel' });
    if (COMBINING.test(char) && char === next) problems.push({ index, problem: 'doubled mark' });
    if (TONE.test(char) && TONE.test(next)) problems.push({ index, problem: 'two tone marks' });
    if (UPPER_VOWEL.test(char) && UPPER_VOWEL.test(next)) problems.push({ index, problem: 'two upper vowels' });
    if (char === ' ' && next === '\u0E32' && CONSONANT.test(prev)) problems.push({ index, problem: 'split sara am' });
    if (char === '\u0E4D' && next === '\u0E32')
      problems.push({ index, problem: 'nikhahit + sara aa instead of sara am' });
    if (char === '\u200B') problems.push({ index, problem: 'zero-width space' });
  });
  return problems;
}

/**
 * Every string inside a value (objects and arrays walked), with its path.
 * @param {unknown} value
 * @param {string} [path]
 * @returns {Array<[string, string]>}
 */
export function collectStrings(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectStrings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => collectStrings(item, path ? `${path}.${key}` : key));
  }
  return [];
}
