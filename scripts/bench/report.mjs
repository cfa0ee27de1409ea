// @ts-check
// The table `npm run bench` prints: each metric's median for the product and the bare deck, their
// ratio, the target and whether the product meets it.

/**
 * @typedef {object} Row
 * @property {string} metric
 * @property {number} ours
 * @property {number} bare
 * @property {number} [floor] the same first slide as static HTML and CSS, where the figure means something there
 * @property {(value: number) => string} format
 * @property {string} [target] what the product must meet; no target, no verdict
 * @property {(ours: number, ratios: { floor: number, bare: number }) => boolean} [meets]
 */

/** @param {number[]} values */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** @param {number} ms */
export const formatSeconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** @param {number} ms */
export const formatMs = (ms) => `${ms.toFixed(1)} ms`;
/** @param {number} bytes */
export const formatKb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {number} count */
export const formatCount = (count) => String(Math.round(count));

/**
 * @param {Row[]} rows
 * @returns {string}
 */
export function formatTable(rows) {
  const header = ['metric', 'floor', 'bare', 'ours', 'ours/floor', 'ours/bare', 'target', 'result'];
  const shown = (/** @type {number} */ ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : '-');
  const cells = rows.map((row) => {
    const ratios = { floor: row.ours / (row.floor ?? NaN), bare: row.ours / row.bare };
    const verdict = row.meets ? (row.meets(row.ours, ratios) ? 'PASS' : 'MISS') : '';
    return [
      row.metric,
      row.floor === undefined ? '-' : row.format(row.floor),
      row.format(row.bare),
      row.format(row.ours),
      shown(ratios.floor),
      shown(ratios.bare),
      row.target ?? '',
      verdict,
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...cells].map((line) => (line[column] ?? '').length)));
  // Figures right-aligned so their units line up; words left-aligned.
  const isFigure = (/** @type {number} */ column) => column >= 1 && column <= 5;
  const line = (/** @type {string[]} */ values) =>
    values
      .map((value, column) =>
        isFigure(column) ? value.padStart(widths[column] ?? 0) : value.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join('\n');
}
