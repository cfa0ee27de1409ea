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

/** Page count and the first page's size in points, from `pdfinfo`. */
export function readPdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = run('pdfinfo', [path]).toString('utf8');
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  if (!pages || !size) throw new Error(`pdfinfo could not read ${path}:\n${info}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
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
