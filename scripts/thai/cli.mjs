// @ts-check
// `npm run lint:thai`: flags damaged Thai (split ำ, tone before vowel, misplaced marks) in source files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { findThaiProblems } from './orthography.mjs';

const TEXT_FILES = new Set(['.ts', '.mjs', '.js', '.html', '.css', '.md', '.json']);

/** @param {string} path @returns {Generator<string>} */
function* filesUnder(path) {
  if (statSync(path).isFile()) return yield path;
  for (const name of readdirSync(path))
    if (!name.startsWith('.') && name !== 'node_modules') yield* filesUnder(join(path, name));
}

let count = 0;
for (const root of process.argv.slice(2)) {
  for (const file of filesUnder(root)) {
    if (!TEXT_FILES.has(extname(file))) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, n) => {
        for (const { index, problem } of findThaiProblems(line)) {
          count++;
          console.log(`${file}:${n + 1}:${index + 1}: ${problem}`);
        }
      });
  }
}
console.log(count ? `${count} Thai problem(s)` : 'Thai orthography: no problems');
process.exit(count ? 1 : 0);
