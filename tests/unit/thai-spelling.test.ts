import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectStrings } from '../../scripts/thai/orthography.mjs';
import { ALLOWED_WORDS, HAS_THAI, misspelledWords, openThaiDictionary } from '../../scripts/thai/spelling.mjs';
import { stringLiterals } from '../../scripts/thai/strings.mjs';
import { DECKS } from '../../slides/decks';
import { KEY_TABLE } from '../../src/deck/keys';
import { UI_TEXT } from '../../src/i18n/ui-text';

// These run the real `npm run lint:thai` (about 2 s alone); a busy machine may need more.
const CLI_TIMEOUT = { timeout: 60_000 };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = 'tests/fixtures/misspelled-slide.ts';
const dictionary = openThaiDictionary();
const lintThai = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, ['scripts/thai/cli.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8' });

/** Every .ts file under a folder of the project, as a path from the root. */
const tsFilesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));

describe('the Thai spelling check', () => {
  it('fails on a misspelled word, naming the file, the field and the word', CLI_TIMEOUT, () => {
    const run = lintThai([FIXTURE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${FIXTURE.replace(/\./g, '\\.')}:\\d+:\\d+: notes\\.th\\[1\\]: “สังเกตุ” is not in the Thai dictionary$`,
        'm',
      ),
    );
    expect(run.stdout).toContain('1 Thai problem(s)');
  });

  it.each([
    ['สังเกตุ', 'สังเกตุ'],
    ['เปรียบเที่ยบผล', 'เที่ยบ'],
    ['เด็กทุกคนน', 'คนน'],
    // An allowed name is allowed as written only.
    ['โรงแรมรอยัล ปริ๊นเซต', 'ปริ๊น'],
  ])('flags %s (reporting “%s”)', (text, word) => {
    expect(misspelledWords(text, dictionary)).toEqual([word]);
  });

  it.each([
    // ICU cuts these as การก|องค|ดี and เป็นก|รอบ; the dictionary's own cut finds the words.
    'ผู้อำนวยการกองคดีเทคโนโลยี',
    'ลักษณะเหล่านี้เป็นกรอบที่กำหนด',
    // ฯ and ๆ are marks, not letters of a word; an abbreviation keeps its dots.
    'เครือข่ายฯ',
    'ตั้งแต่ปี พ.ศ. 2566',
    'สนง.ส่งเสริมเศรษฐกิจดิจิทัล',
    ...ALLOWED_WORDS,
  ])('accepts %s', (text) => {
    expect(misspelledWords(text, dictionary)).toEqual([]);
  });

  it('names each string by the field it sits in', () => {
    const source = `export const UI = { th: { title: 'ชื่อ' } };\nexport default defineSlide({ notes: { th: ['ก', \`ข \${x} ค\`] } });`;
    expect(stringLiterals(source, 'x.ts').map(({ field, text, line }) => [field, text, line])).toEqual([
      ['UI.th.title', 'ชื่อ', 1],
      ['notes.th[0]', 'ก', 2],
      ['notes.th[1]', 'ข   ค', 2],
    ]);
  });

  it('tells how to install the dictionary when it is missing, without a stack trace', CLI_TIMEOUT, () => {
    const run = lintThai(['slides'], { ...process.env, THAI_HUNSPELL_DIR: '/nonexistent/hunspell' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('apt-get install -y hunspell-th');
    expect(run.stderr).toContain('/nonexistent/hunspell');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('every Thai word the product shows', () => {
  const literals = [...tsFilesUnder('slides'), ...tsFilesUnder('src')].flatMap((file) =>
    stringLiterals(readFileSync(join(ROOT, file), 'utf8'), file, (text) => HAS_THAI.test(text)).map((literal) => ({
      file,
      ...literal,
    })),
  );

  it('is read from the sources: every Thai string of the slides, notes, UI text and shortcuts', () => {
    const shown = [
      ...DECKS.flatMap((deck) => [deck.about.th, ...deck.slides.flatMap((slide) => [slide.text.th, slide.notes.th])]),
      UI_TEXT.th,
      KEY_TABLE.map((shortcut) => shortcut.action.th),
    ]
      .flatMap((value) => collectStrings(value).map(([, text]) => text))
      .filter((text) => HAS_THAI.test(text));
    const read = new Set(literals.map((literal) => literal.text));
    expect(shown.filter((text) => !read.has(text))).toEqual([]);
  });

  it('is in the Thai dictionary (or the allow-list)', () => {
    const unknown = literals.flatMap(({ file, field, text }) =>
      misspelledWords(text, dictionary).map((word) => `${file}: ${field}: ${word}`),
    );
    expect(unknown).toEqual([]);
  });
});
