// @ts-check
// Reads a PDF's page count without a PDF library, for the export's progress lines.

/**
 * Pages in a PDF as Chromium writes it: a tree of `/Type /Pages` nodes, each with the `/Count`
 * of pages under it, so the root holds the largest.
 * @param {Uint8Array} pdf
 * @returns {number}
 */
export function countPdfPages(pdf) {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((match) => Number(match[1]));
  if (counts.length === 0) throw new Error('not a PDF with a page tree');
  return Math.max(...counts);
}
