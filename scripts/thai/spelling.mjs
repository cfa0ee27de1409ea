// @ts-check
// Thai spelling by dictionary: each Thai word, as Intl.Segmenter finds it, looked up in Debian's
// hunspell-th word list (read with nspell). orthography.mjs catches damaged characters; this catches words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';

/** Where Debian (`apt-get install -y hunspell-th`) and older myspell packages put the dictionary. */
const DICTIONARY_DIRS = ['/usr/share/hunspell', '/usr/share/myspell', '/usr/share/myspell/dicts'];
/** Names a folder holding th_TH.aff and th_TH.dic, for a machine that keeps them elsewhere. */
export const DICTIONARY_ENV = 'THAI_HUNSPELL_DIR';

/**
 * Words the slides and UI use that the word list lacks: names, abbreviations and two common words.
 * Each is checked whole, as written, so a typo inside one is still caught.
 */
export const ALLOWED_WORDS = [
  // Hotels and places, as the source writes them.
  'ปริ๊นเซส', // Royal Princess (hotel)
  'หลานหลวง', // Larn Luang (hotel, district)
  'อีสติน', // Eastin (hotel)
  'พาลาสโซ', // The Palazzo (hotel)
  'เลิงนกทา', // Loeng Nok Tha (district; the DSI operation's name)
  // The DSI speaker's surname.
  'ประกายหงษ์มณี',
  // Abbreviations.
  'พ.ศ.', // Buddhist Era
  'สนง.', // สำนักงาน, as the source writes the venue
  // Common words the list lacks.
  'ณ', // "at", before a place
  'จอดำ', // "black screen" (จอ + ดำ), the pause shortcut
];

/**
 * Thai letters and marks (and the dot of an abbreviation), without ฯ and ๆ: those two are
 * punctuation (abbreviation and repetition marks), not letters of the word before them.
 */
// (The marks' range comes first: eslint reads a mark after another character in a class as one combined character.)
const THAI_RUN = /[\u0E47-\u0E4E\u0E01-\u0E2E\u0E30-\u0E45.]+/g;
/** Whether a string has any Thai letter or mark. */
export const HAS_THAI = /[\u0E01-\u0E4E]/;
// Longer than any word the decks use: bounds the dictionary cut below.
const LONGEST_WORD = 24;

/** @typedef {{ correct(word: string): boolean }} Speller */

/** The dictionary is not installed: a setup step to name, not a crash to trace. */
export class MissingDictionaryError extends Error {}

/**
 * The hunspell-th files' folder: `THAI_HUNSPELL_DIR` when set, else the first system folder that has them.
 * Throws a MissingDictionaryError whose message says how to install it.
 * @returns {string}
 */
export function findDictionaryDir() {
  const named = process.env[DICTIONARY_ENV];
  const dirs = named ? [named] : DICTIONARY_DIRS;
  const found = dirs.find((dir) => existsSync(join(dir, 'th_TH.dic')) && existsSync(join(dir, 'th_TH.aff')));
  if (found) return found;
  throw new MissingDictionaryError(
    `the Thai dictionary (th_TH.aff, th_TH.dic) is not in ${named ? `${named} (${DICTIONARY_ENV})` : dirs.join(', ')}: ` +
      `install it with \`apt-get install -y hunspell-th\`, or set ${DICTIONARY_ENV} to the folder that has it`,
  );
}

/**
 * Debian's Thai word list with ALLOWED_WORDS added.
 * @param {string} [dir] the folder with th_TH.aff and th_TH.dic (default: findDictionaryDir())
 * @returns {Speller}
 */
export function openThaiDictionary(dir = findDictionaryDir()) {
  const speller = nspell(readFileSync(join(dir, 'th_TH.aff')), readFileSync(join(dir, 'th_TH.dic')));
  for (const word of ALLOWED_WORDS) speller.add(word);
  return speller;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * The fewest dictionary words `run` can be cut into (dynamic programming over cut points), or Infinity.
 * @param {string} run
 * @param {Speller} speller
 */
function fewestWords(run, speller) {
  const fewest = [0, ...Array.from(run, () => Infinity)];
  for (let end = 1; end <= run.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const before = /** @type {number} */ (fewest[start]);
      if (before + 1 < /** @type {number} */ (fewest[end]) && speller.correct(run.slice(start, end)))
        fewest[end] = before + 1;
    }
  }
  return /** @type {number} */ (fewest[run.length]);
}

/**
 * The words of `text` that are not Thai words, each once, in order. Each run of Thai letters is cut
 * into words by Intl.Segmenter; when a piece is not in the dictionary, the run is cut again against
 * the dictionary itself, because ICU's own word list sometimes cuts well-spelled Thai in the wrong
 * place (การกองคดี as การก|องค|ดี). That cut counts only if it needs no more words than ICU's: cutting
 * an unknown piece into more, shorter words is how a misspelling would hide (อนุญาติ as อนุ|ญาติ).
 * A run that fails reports its unknown pieces, neighbours joined (ปริ๊|น|เซต as ปริ๊นเซต).
 * @param {string} text
 * @param {Speller} speller
 * @returns {string[]}
 */
export function misspelledWords(text, speller) {
  /** @type {string[]} */
  const found = [];
  for (const [match] of text.matchAll(THAI_RUN)) {
    // A full stop after a word is not part of it; an abbreviation's is (พ.ศ.), and the dictionary has those.
    const run = match.replace(/^\.+/, '');
    if (!HAS_THAI.test(run)) continue;
    const pieces = [...segmenter.segment(run)].map(({ segment }) => segment);
    const known = pieces.map((piece) => !HAS_THAI.test(piece) || speller.correct(piece));
    if (known.every(Boolean)) continue;
    const icuWords = pieces.filter((piece) => HAS_THAI.test(piece)).length;
    if (Math.min(fewestWords(run, speller), fewestWords(run.replace(/\.+$/, ''), speller)) <= icuWords) continue;
    let word = '';
    pieces.forEach((piece, i) => {
      if (!known[i]) word += piece;
      if ((known[i] || i === pieces.length - 1) && word) {
        found.push(word);
        word = '';
      }
    });
  }
  return [...new Set(found)];
}
