import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import postcss from 'postcss';
import { runnerImport, type Rollup } from 'vite';
import { escapeHtml } from '../scripts/lib/html.mjs';
import { SCROLL_ACTIVATION_WIDTH } from '../src/deck/frames.ts';
import { SLIDE_HASH } from '../src/page/slide-hash.ts';
import type * as PrerenderModule from '../src/render/prerender.ts';

/** Loads a project module through Vite's module runner in the build's `mode`, so `import.meta.env` agrees. */
export const loadModule = async <T>(path: string, mode: string): Promise<T> =>
  (
    await runnerImport<T>(fileURLToPath(new URL(path, import.meta.url)), {
      configFile: false,
      logLevel: 'warn',
      mode,
    })
  ).module;

export type Prerender = typeof PrerenderModule;

/** One @font-face of the built CSS: its family, weight, unicode-range and WOFF2 file (relative to the site). */
export interface FontFace {
  readonly family: string;
  readonly weight: string;
  readonly ranges: readonly (readonly [number, number])[];
  readonly href: string;
}

const unquote = (value: string) => value.trim().replace(/^['"]|['"]$/g, '');

/** `U+0E01-0E5B, U+25CC, U+00??` as code point ranges. */
function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const range = part.trim().replace(/^U\+/i, '');
    if (range.includes('?')) return [parseInt(range.replace(/\?/g, '0'), 16), parseInt(range.replace(/\?/g, 'F'), 16)];
    const [from = '0', to = from] = range.split('-');
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** What the build's CSS says about type: its WOFF2 faces, and the rules that set a weight. */
export interface BuiltType {
  readonly faces: readonly FontFace[];
  readonly weights: readonly { readonly selector: string; readonly weight: string }[];
}

const WEIGHT_NAMES: Readonly<Record<string, string>> = { normal: '400', bold: '700' };
// Rules under these at-rules apply to every screen the first view is painted on.
const ALWAYS = new Set(['supports', 'layer']);

/**
 * The faces with a WOFF2 source in the build's CSS files (none in the offline file, whose fonts are inlined),
 * and the screen rules that set `font-weight`, in order.
 */
export function builtTypeOf(bundle: Rollup.OutputBundle): BuiltType {
  const faces: FontFace[] = [];
  const weights: { selector: string; weight: string }[] = [];
  for (const file of Object.values(bundle)) {
    if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
    const root = postcss.parse(String(file.source));
    root.walkAtRules('font-face', (rule) => {
      const decls = new Map<string, string>();
      rule.walkDecls((decl) => void decls.set(decl.prop, decl.value));
      const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(decls.get('src') ?? '')?.[1];
      if (!url || url.startsWith('data:')) return;
      faces.push({
        family: unquote(decls.get('font-family') ?? ''),
        weight: decls.get('font-weight') ?? '400',
        ranges: parseUnicodeRange(decls.get('unicode-range') ?? 'U+0-10FFFF'),
        href: `.${new URL(url, `http://site/${file.fileName}`).pathname}`,
      });
    });
    root.walkDecls('font-weight', (decl) => {
      const rule = decl.parent;
      if (rule?.type !== 'rule') return;
      for (let at = rule.parent; at && at.type !== 'root'; at = at.parent)
        if (at.type !== 'atrule' || !ALWAYS.has((at as postcss.AtRule).name)) return;
      for (const selector of (rule as postcss.Rule).selectors)
        weights.push({ selector, weight: WEIGHT_NAMES[decl.value] ?? decl.value });
    });
  }
  return { faces, weights };
}

/** The weight `element`'s text is set in: the last rule that sets one on it or its nearest ancestor that has one. */
function weightOf(element: Element | null, weights: BuiltType['weights']): string {
  for (let at = element; at; at = at.parentElement) {
    const matching = weights.filter(({ selector }) => {
      try {
        return at.matches(selector);
      } catch {
        // Pseudo-elements and states (::before, :hover) are not text the first paint shows.
        return false;
      }
    });
    if (matching.length) return matching.at(-1)!.weight;
  }
  return '400';
}

/**
 * Preload links for the faces the first view's text needs: each face whose weight sets some of its text and
 * whose unicode-range holds one of that text's characters (spaces too: Chromium fetches a face for them), so
 * the fonts are asked for with the HTML, not after the CSS has arrived and the page has been laid out.
 */
export function fontPreloads({ faces, weights }: BuiltType, texts: readonly Text[]): string[] {
  const codes = new Map<string, Set<number>>();
  for (const text of texts) {
    const value = text.textContent ?? '';
    if (!value.trim()) continue;
    const weight = weightOf(text.parentElement, weights);
    const set = codes.get(weight) ?? new Set<number>();
    for (const char of value) set.add(char.codePointAt(0)!);
    codes.set(weight, set);
  }
  const needed = faces.filter((face) =>
    [...(codes.get(face.weight) ?? [])].some((code) => face.ranges.some(([from, to]) => code >= from && code <= to)),
  );
  return [...new Set(needed.map((face) => face.href))].map(
    (href) => `<link rel="preload" href="${escapeHtml(href)}" as="font" type="font/woff2" crossorigin />`,
  );
}

/** The text nodes under `root`, outside any element `skip` matches. */
const textNodesOf = (root: Element, skip?: string): Text[] => {
  const nodes: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) nodes.push(node as Text);
    else if (node.nodeType === 1 && !(skip && (node as Element).matches(skip))) node.childNodes.forEach(visit);
  };
  visit(root);
  return nodes;
};

/**
 * The frame a deck page lays its slide out in before reveal.js runs (portrait on a phone), where the CSS can
 * frame it (typed arithmetic, slides.css); elsewhere the page reads as a document until reveal.js starts.
 * It runs where it stands, first in `.reveal`, before any slide is parsed: a paint while the parser is still
 * in the slides shows an empty frame, never the document it is about to leave (a layout shift). Only script
 * knows the screen. The print view and the speaker view's previews are left to reveal.js.
 */
export const FRAME_SCRIPT =
  `(function(r){if(/[?&](print-pdf|receiver)(=|&|$)/.test(location.search)||!CSS.supports('scale','calc(1px / 1px)'))return;` +
  `r.dataset.frame=matchMedia('(max-width: ${SCROLL_ACTIVATION_WIDTH}px)').matches?'portrait':'landscape'})` +
  `(document.currentScript.parentNode)`;

/**
 * In a frame, marks the slide the address names as the one to show, right after the slides. The hash is read
 * as the page's context reads it (SLIDE_HASH; past the end is the last slide there too), so the slide painted
 * first is the one the deck starts on, a malformed hash included.
 */
export const FIRST_SLIDE_SCRIPT =
  `(function(r){var s=r.querySelectorAll(':scope>.slides>section'),m=${SLIDE_HASH}.exec(location.hash);` +
  `if(r.dataset.frame&&s.length)s[Math.min(m?+m[1]:0,s.length-1)].setAttribute('data-first','')})` +
  `(document.currentScript.parentNode)`;

/**
 * `html` with its body rendered by `render` in a DOM of its own (the renderers' `h()` writes into `document`),
 * and the fonts of the text `firstView` picks preloaded from its head.
 */
export async function renderPage(
  html: string,
  render: () => void | Promise<void>,
  firstView: (document: Document) => Text[],
  type: BuiltType,
): Promise<string> {
  const { document } = parseHTML(html);
  // The build runs one page at a time; `document` is the page's only while it renders.
  const global = globalThis as { document?: Document };
  global.document = document;
  try {
    await render();
  } finally {
    delete global.document;
  }
  const preloads = fontPreloads(type, firstView(document));
  const rendered = `<!doctype html>\n${document.documentElement.outerHTML}\n`;
  if (!preloads.length) return rendered;
  const moduleScript = MODULE_SCRIPT.exec(rendered);
  const loader = moduleScript ? [`<script>${fontsFirstLoader(moduleScript[1]!)}</script>`] : [];
  return rendered
    .replace(MODULE_SCRIPT, '')
    .replace('</title>', () => `</title>\n${[...preloads, ...loader].join('\n')}`);
}

/** The page's entry as Vite writes it (the offline file inlines it: no `src`, left as it is). */
const MODULE_SCRIPT = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/;

/**
 * Imports the page's module `src` once the fonts preloaded for its first view have arrived (one that failed
 * counts) and the page is parsed. A module script is asked for with the HTML: on a slow link the bundle then
 * shares the bandwidth with those fonts and holds back the first slide's Thai face (`npm run bench`). It runs
 * right after the preload links, so they are all in the page; one already received has its timing entry.
 */
export const fontsFirstLoader = (src: string) =>
  `(function(src){var w=[].map.call(document.querySelectorAll('link[rel=preload][as=font]'),function(l){` +
  `return performance.getEntriesByName(l.href).length||new Promise(function(r){l.onload=l.onerror=r})});` +
  `if(document.readyState==='loading')w.push(new Promise(function(r){document.addEventListener('DOMContentLoaded',r)}));` +
  `Promise.all(w).then(function(){return import(src)})})(${JSON.stringify(src)})`;

/** The text of a deck page's first slide as the screen shows it (not its notes). */
export const firstSlideText = (document: Document): Text[] => {
  const section = document.querySelector('#deck .slides > section');
  if (!section) throw new Error('deck page without slides');
  return textNodesOf(section, 'aside.notes');
};

/** The landing page's text. */
export const landingText = (document: Document): Text[] => textNodesOf(document.getElementById('landing')!);
