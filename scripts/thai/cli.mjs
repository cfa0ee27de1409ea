// @ts-check
// `npm run lint:thai`: flags damaged Thai (split ำ, tone before vowel, misplaced marks) in source files,
// and Thai words of their string literals that the hunspell-th dictionary does not know.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { findThaiProblems } from './orthography.mjs';
import { HAS_THAI, MissingDictionaryError, misspelledWords, openThaiDictionary } from './spelling.mjs';
import { stringLiterals } from './strings.mjs';

const TEXT_FILES = new Set(['.ts', '.mjs', '.js', '.html', '.css', '.md', '.json']);
// Files whose string literals are what the product shows; the rest hold Thai in prose only.
const CODE_FILES = new Set(['.ts', '.mjs', '.js']);

/** @param {string} path @returns {Generator<string>} */
function* filesUnder(path) {
  if (statSync(path).isFile()) return yield path;
  for (const name of readdirSync(path))
    if (!name.startsWith('.') && name !== 'node_modules') yield* filesUnder(join(path, name));
}

/** @type {import('./spelling.mjs').Speller | undefined} */
let dictionary;
let count = 0;
/** @param {string} message */
const report = (message) => {
  count++;
  console.log(message);
};

try {
  for (const root of process.argv.slice(2)) {
    for (const file of filesUnder(root)) {
      if (!TEXT_FILES.has(extname(file))) continue;
      const source = readFileSync(file, 'utf8');
      source.split('\n').forEach((line, n) => {
        for (const { index, problem } of findThaiProblems(line)) report(`${file}:${n + 1}:${index + 1}: ${problem}`);
      });
      if (!CODE_FILES.has(extname(file))) continue;
      for (const { field, text, line, column } of stringLiterals(source, file, (text) => HAS_THAI.test(text))) {
        dictionary ??= openThaiDictionary();
        for (const word of misspelledWords(text, dictionary))
          report(`${file}:${line}:${column}: ${field}: “${word}” is not in the Thai dictionary`);
      }
    }
  }
} catch (error) {
  if (!(error instanceof MissingDictionaryError)) throw error;
  console.error(`lint:thai: ${error.message}`);
  process.exit(1);
}
console.log(count ? `${count} Thai problem(s)` : 'Thai orthography and spelling: no problems');
process.exit(count ? 1 : 0);
