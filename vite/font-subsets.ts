import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { LANGS, type IsoDate } from '../slides/types.ts';
import { formatEventDate } from '../src/i18n/dates.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FONT_DIR = join(ROOT, 'node_modules/@fontsource/sarabun/files');
const CACHE_DIR = join(ROOT, 'node_modules/.cache/font-subsets');
const THEME_CSS = join(ROOT, 'src/theme/index.css');
// Where the site's words come from: the slides, the page's own text, and its markup.
const TEXT_DIRS = ['slides', 'src'];
const TEXT_FILE = /\.(?:ts|js|css|html)$/;
const MARKUP = join(ROOT, 'index.html');
// The WOFF2 files @fontsource's CSS names (its url(), however the CSS import has rebased it).
const FONT_URL = /^(?:.*\/)?files\/(sarabun-[a-z-]+-\d+-normal\.woff2)$/;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

const range = (from: number, to: number) =>
  String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i));

/**
 * Every character the site can draw: all of its sources' text (the slides in both languages, the notes, the
 * UI text, the key table, the markup), every month of its dates as Intl writes them in each language, the
 * characters Thai shaping draws others with, and printable ASCII, the no-break space and General Punctuation
 * whatever the sources hold (links, numbers, the dashes and spaces a browser's Intl may choose).
 */
async function siteCharacters(): Promise<string> {
  const listed = await Promise.all(
    TEXT_DIRS.map((dir) => readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })),
  );
  const files = [
    MARKUP,
    ...listed
      .flat()
      .flatMap((entry) => (entry.isFile() && TEXT_FILE.test(entry.name) ? [join(entry.parentPath, entry.name)] : [])),
  ];
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  const months = Array.from({ length: 12 }, (_, month) => {
    // Checked as it is parsed (parseIsoDate throws on anything but a calendar date).
    const day = (d: number) => `2024-${String(month + 1).padStart(2, '0')}-${d}` as IsoDate;
    return LANGS.map((lang) => formatEventDate({ start: day(10), end: day(11) }, lang)).join(' ');
  });
  // Sara am (ำ) is drawn as nikhahit and sara aa: the browser's Thai shaper asks the font for those two.
  const shaped = '\u0e4d\u0e32';
  const characters = new Set(
    [...texts, ...months, shaped, range(0x20, 0x7e), '\u00a0', range(0x2000, 0x206f)].join(''),
  );
  return [...characters].sort().join('');
}

/**
 * Sarabun cut down to the characters the site draws. @fontsource's files hold whole Unicode subsets; the
 * deck's first paint waits for four of them (Thai and Latin, regular and bold), 43 kB, and the cut ones are
 * 26 kB: the first slide arrives sooner on a slow network. Each is written once per set of characters under
 * node_modules/.cache and given to the CSS in place of @fontsource's file, so Vite names, hashes, preloads
 * and (offline) inlines it as before. A character outside the set falls back, glyph by glyph, to the next
 * font of the stack: it shows, in another face.
 */
export function fontSubsets(): Plugin {
  let subsets: Promise<string> | null = null;
  const writeSubsets = async () => {
    const characters = await siteCharacters();
    // A new set of characters, or a new release of the fonts or of the subsetter, cuts them again.
    const versions = await Promise.all(
      ['@fontsource/sarabun', 'subset-font', 'harfbuzzjs'].map((name) =>
        readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ),
    );
    const key = createHash('sha256').update(characters).update(versions.join('')).digest('hex').slice(0, 16);
    const dir = join(CACHE_DIR, key);
    // The weights the theme imports (src/theme/index.css): the only files its CSS names.
    const theme = await readFile(THEME_CSS, 'utf8');
    const weights = [...theme.matchAll(/@fontsource\/sarabun\/(\d+)\.css/g)].map((match) => match[1]);
    const fonts = (await readdir(FONT_DIR)).filter((file) =>
      weights.some((weight) => FONT_URL.test(`files/${file}`) && file.endsWith(`-${weight}-normal.woff2`)),
    );
    await mkdir(dir, { recursive: true });
    await Promise.all(
      fonts.map(async (file) => {
        const target = join(dir, file);
        if (await exists(target)) return;
        const subset = await subsetFont(await readFile(join(FONT_DIR, file)), characters, { targetFormat: 'woff2' });
        // Written whole or not at all: two builds at once may cut the same font.
        const partial = `${target}.${process.pid}`;
        await writeFile(partial, subset);
        await rename(partial, target);
      }),
    );
    return dir;
  };
  return {
    name: 'font-subsets',
    async config() {
      const dir = await (subsets ??= writeSubsets());
      return { resolve: { alias: [{ find: FONT_URL, replacement: `${dir}/$1` }] } };
    },
  };
}
