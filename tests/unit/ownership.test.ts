import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  // The browser's sources: the live relay's server runs in Node, where `location` is an HTTP header.
  .filter((file) => file.endsWith('.ts') && !file.startsWith('live/server/'))
  .map((file) => ({
    path: relative(ROOT, join(ROOT, 'src', file)),
    text: readFileSync(join(ROOT, 'src', file), 'utf8'),
  }));
const filesMatching = (pattern: RegExp) => sources.filter(({ text }) => pattern.test(text)).map(({ path }) => path);

describe('one owner per fact', () => {
  it('only the address module writes the browser history', () => {
    expect(filesMatching(/\b(replaceState|pushState)\s*\(|location\.(hash|href|search)\s*=[^=]/)).toEqual([
      'src/page/address.ts',
    ]);
  });

  it('only the page meta module writes the browser’s title', () => {
    expect(filesMatching(/document\.title\s*=[^=]/)).toEqual(['src/page/meta.ts']);
  });

  it('only the reveal.js wrapper imports reveal.js', () => {
    expect(filesMatching(/from 'reveal\.js/)).toEqual(['src/deck/reveal.ts']);
  });

  it('only start-up reads the address, to build the page context', () => {
    expect(filesMatching(/\blocation\b(?!\.origin)/).filter((path) => !path.startsWith('src/page/'))).toEqual([
      'src/main.ts',
    ]);
  });
});
