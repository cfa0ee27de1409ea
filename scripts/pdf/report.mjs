// @ts-check
// The lines `npm run pdf` and `npm run bench:pdf` print: one per file, then a total.

/** @param {number} bytes */
export const formatSize = (bytes) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : `${Math.round(bytes / 1000)} kB`;

/** @param {number} seconds */
export const formatSeconds = (seconds) => `${seconds.toFixed(2)} s`;

/**
 * `dsi-th-notes.pdf   14 pages   105 kB   0.84 s`
 * @param {{ file: string, pages: number, bytes: number, seconds: number }} file
 */
export const formatFileLine = ({ file, pages, bytes, seconds }) =>
  `${file.padEnd(30)} ${String(pages).padStart(3)} pages ${formatSize(bytes).padStart(9)} ${formatSeconds(seconds).padStart(8)}`;

/**
 * `8 PDFs, 68 pages, 0.62 MB in 2.31 s → dist/pdf`
 * @param {ReadonlyArray<{ pages: number, bytes: number }>} files
 * @param {number} seconds wall time of the whole export
 * @param {string} outDir
 */
export const formatTotalLine = (files, seconds, outDir) =>
  `${files.length} PDFs, ${files.reduce((sum, file) => sum + file.pages, 0)} pages, ` +
  `${formatSize(files.reduce((sum, file) => sum + file.bytes, 0))} in ${formatSeconds(seconds)} → ${outDir}`;
