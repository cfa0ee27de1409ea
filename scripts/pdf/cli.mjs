// @ts-check
// `npm run pdf [-- --deck dsi --lang th --paper letter --out dir]`: every deck in every language as PDF,
// slides and handout, and each deck's bilingual handout, into dist/pdf/. Builds the site first when
// dist/ is missing or stale (unless --no-build).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { chromiumPath } from '../lib/browser.mjs';
import { ensureBuilt } from '../lib/build.mjs';
import { exportPdfs, PAPERS, PDF_KINDS } from './export.mjs';
import { formatFileLine, formatTotalLine } from './report.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const USAGE =
  `Usage: npm run pdf -- [--deck <id>]... [--lang <lang>]... [--kind ${PDF_KINDS.join('|')}]... ` +
  `[--paper ${PAPERS.join('|')}] [--out <dir>] [--no-build]  (lists may also be comma-separated; ` +
  `the bilingual handout needs every language)`;

async function main() {
  const { values } = parseArgs({
    options: {
      deck: { type: 'string', multiple: true },
      lang: { type: 'string', multiple: true },
      // `slides` alone for the public site, whose build has no notes to hand out.
      kind: { type: 'string', multiple: true },
      // The handouts' paper: A4 unless asked.
      paper: { type: 'string', default: PAPERS[0] },
      out: { type: 'string', default: `${ROOT}dist/pdf` },
      // Print dist/ as it is: for scripts that have just built it, or while others edit the sources.
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return console.log(USAGE);
  const paper = PAPERS.find((known) => known === values.paper);
  if (!paper) throw new Error(`unknown paper "${values.paper}" (known: ${PAPERS.join(', ')})`);
  const kinds = splitList(values.kind) ?? PDF_KINDS;
  const unknownKind = kinds.find((kind) => !PDF_KINDS.some((known) => known === kind));
  if (unknownKind) throw new Error(`unknown kind "${unknownKind}" (known: ${PDF_KINDS.join(', ')})`);
  chromiumPath(); // before any build: a missing browser is the likeliest failure, say so at once
  if (!values['no-build']) ensureBuilt(ROOT, console.log);

  const started = performance.now();
  const files = await exportPdfs({
    distDir: `${ROOT}dist`,
    outDir: values.out,
    decks: splitList(values.deck),
    // Decks and languages are checked against the built site's own.
    langs: splitList(values.lang),
    kinds: /** @type {import('./export.mjs').PdfKind[]} */ (kinds),
    paper,
    onFile: (file) => {
      console.log(formatFileLine(file));
      for (const warning of file.warnings) console.warn(`warning: ${file.file}: ${warning}`);
    },
  });
  console.log(formatTotalLine(files, (performance.now() - started) / 1000, relative(process.cwd(), values.out) || '.'));
}

/** `['a,b', 'c']` → `['a', 'b', 'c']`; undefined when the flag was not given. @param {string[] | undefined} values */
const splitList = (values) =>
  values
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

main().catch((/** @type {unknown} */ error) => {
  // A message a person can act on, not a stack trace.
  console.error(`PDF export failed: ${error instanceof Error ? error.message : String(error)}`);
  if (/^ERR_PARSE_ARGS/.test(/** @type {{ code?: string }} */ (error).code ?? '')) console.error(USAGE);
  process.exitCode = 1;
});
