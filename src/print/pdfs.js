// @ts-check
// The decks' PDFs, stated once: the site's download links (src/ui/downloads.ts), the print view's
// options (src/page/query.ts, src/print/handout.ts) and the export (scripts/pdf/) all read them here.
// Plain JavaScript with no imports, so that Node scripts import it as is.

/**
 * The handout layouts, as the print view takes them in `&handout=`: `notes`, one language's notes beneath
 * each slide; `bilingual`, the slides in the deck's main language with the Thai and the English notes.
 */
export const HANDOUT_LAYOUTS = /** @type {const} */ (['notes', 'bilingual']);

/** The paper a handout is printed on, as the print view takes it in `&paper=`; the first is the default. */
export const PAPERS = /** @type {const} */ (['a4', 'letter']);

/** @typedef {(typeof HANDOUT_LAYOUTS)[number]} HandoutLayout */
/** @typedef {(typeof PAPERS)[number]} Paper */

/** The print view's query parameters for a handout (src/page/query.ts allows them, with exactly these values). */
export const HANDOUT_PARAM = 'handout';
export const PAPER_PARAM = 'paper';

/** Dispatched on the document once a handout's pages are laid out, after reveal.js's own `pdf-ready`. */
export const HANDOUT_READY_EVENT = 'handout-ready';

/** `slides`: one page per slide. The handouts, one kind per layout: each slide with its notes beneath. */
export const PDF_KINDS = /** @type {const} */ (['slides', ...HANDOUT_LAYOUTS]);

/** @typedef {(typeof PDF_KINDS)[number]} PdfKind */

/**
 * One PDF of a deck: its slides or its handout in one language, or its bilingual handout, whose slides
 * are in the deck's main language (the deck module says which; the page picks it).
 * @typedef {{ readonly deck: string, readonly kind: 'slides' | 'notes', readonly lang: string }
 *   | { readonly deck: string, readonly kind: 'bilingual' }} PdfJob
 */

/**
 * The file a PDF is written to and linked as: `dsi-th.pdf`, `dsi-th-notes.pdf`, `dsi-bilingual-notes.pdf`.
 * @param {PdfJob} job
 * @returns {string}
 */
export function pdfFileName(job) {
  switch (job.kind) {
    case 'slides':
      return `${job.deck}-${job.lang}.pdf`;
    case 'notes':
      return `${job.deck}-${job.lang}-notes.pdf`;
    case 'bilingual':
      return `${job.deck}-bilingual-notes.pdf`;
  }
}
