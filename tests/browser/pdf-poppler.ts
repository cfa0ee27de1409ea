// Reads PDFs the way a person's viewer does, with poppler's command-line tools (poppler-utils), so the
// tests check the files themselves rather than what the exporter believes it wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const run = (tool: string, args: string[]): Buffer => {
  try {
    return execFileSync(`/usr/bin/${tool}`, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: apt-get install -y poppler-utils`, { cause: error });
    throw error;
  }
};

/** Page count and the first page's size in points, with the paper pdfinfo names it (`A4`, `letter`), from `pdfinfo`. */
export function readPdfInfo(path: string): { pages: number; width: number; height: number; paper: string | null } {
  const info = run('pdfinfo', [path]).toString('utf8');
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(info);
  if (!pages || !size) throw new Error(`pdfinfo could not read ${path}:\n${info}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]), paper: size[3] ?? null };
}

/** A rectangle on a page in CSS pixels (1/96 inch) from its top left corner. */
export interface PageBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The sizes of every page, in points, from `pdfinfo -f 1 -l N`. */
export function readPdfPageSizes(path: string): { width: number; height: number }[] {
  const info = run('pdfinfo', ['-f', '1', '-l', '100000', path]).toString('utf8');
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((size) => ({
    width: Number(size[1]),
    height: Number(size[2]),
  }));
}

/** The text `pdftotext` extracts from a box of one page (1-based). */
export const readPdfBoxText = (path: string, page: number, box: PageBox): string =>
  run('pdftotext', [
    ...['-enc', 'UTF-8', '-r', '96', '-f', String(page), '-l', String(page)],
    ...['-x', String(Math.floor(box.x)), '-y', String(Math.floor(box.y))],
    ...['-W', String(Math.ceil(box.width)), '-H', String(Math.ceil(box.height)), path, '-'],
  ]).toString('utf8');

/** Every word `pdftotext -bbox` finds, per page, with its box in CSS pixels. */
export function readPdfWords(path: string): { text: string; box: PageBox }[][] {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']).toString('utf8');
  const px = (points: string) => (Number(points) * 96) / 72;
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        ([, xMin, yMin, xMax, yMax, text]) => ({
          text: text!,
          box: { x: px(xMin!), y: px(yMin!), width: px(xMax!) - px(xMin!), height: px(yMax!) - px(yMin!) },
        }),
      ),
    );
}

/** The text of each page, as `pdftotext` extracts it (what copying out of a viewer gives). */
export const readPdfPageTexts = (path: string): string[] =>
  run('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').split('\f').slice(0, -1);

/** Each font `pdffonts` lists, with whether it is embedded. */
export function readPdfFonts(path: string): { name: string; embedded: boolean }[] {
  const rows = run('pdffonts', [path]).toString('utf8').trim().split('\n').slice(2);
  return rows.map((row) => {
    const columns = /^(\S+).*\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(row.trim());
    if (!columns) throw new Error(`unexpected pdffonts row: ${row}`);
    return { name: columns[1]!, embedded: columns[2] === 'yes' };
  });
}

/**
 * A box of one page (1-based) rendered by `pdftoppm` at `scale` image pixels per CSS pixel: at 2, a slide
 * printed at half size comes out at its own size. The box must lie on the pixel grid at that scale.
 */
export function renderPdfBox(path: string, page: number, box: PageBox, scale: number): PNG {
  const dir = mkdtempSync(join(tmpdir(), 'pdftoppm-'));
  try {
    const [x, y, width, height] = [box.x, box.y, box.width, box.height].map((value) => Math.round(value * scale));
    run('pdftoppm', [
      ...['-png', '-singlefile', '-r', String(96 * scale), '-f', String(page), '-l', String(page)],
      ...['-x', String(x), '-y', String(y), '-W', String(width), '-H', String(height), path, join(dir, 'box')],
    ]);
    return PNG.sync.read(readFileSync(join(dir, 'box.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every page rendered by `pdftoppm` at 96 dpi, one image pixel per CSS pixel, in page order. */
export function renderPdfPages(path: string): PNG[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdftoppm-'));
  try {
    run('pdftoppm', ['-png', '-r', '96', path, join(dir, 'page')]);
    // Names are zero-padded to the page count's width, so they sort in page order.
    return readdirSync(dir)
      .sort()
      .map((name) => PNG.sync.read(readFileSync(join(dir, name))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
