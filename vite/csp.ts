import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

/**
 * The scripts of reveal.js's speaker view. Its popup is an about:blank window the notes plugin writes
 * HTML into, so it inherits this page's Content-Security-Policy: its inline scripts are allowed by hash.
 */
function speakerViewScripts(): string[] {
  // The ES module build, the one Vite bundles into the deck.
  const source = readFileSync(fileURLToPath(import.meta.resolve('reveal.js/plugin/notes')), 'utf8');
  const literal = /document\.write\(("(?:[^"\\]|\\[\s\S])*")\)/.exec(source)?.[1];
  if (!literal) throw new Error('reveal.js notes plugin: speaker view HTML not found; the CSP cannot allow it');
  // The literal is a plain JS string from our own dependency; evaluating it yields the HTML it writes.
  const html = new Function(`return ${literal}`)() as string;
  return inlineScripts(html);
}

const SCRIPT_SRC = /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src 'self')(?: 'sha256-[^']*')*/;

/**
 * `html` with the hashes of the inline scripts it needs in its Content-Security-Policy meta tag: the speaker
 * view's always, and the page's own (the offline file's inlined bundle, a deck page's first-slide script).
 * Idempotent: the list of hashes is written anew, so a page derived from a hashed one can be hashed again.
 */
export function withCspHashes(html: string, fileName: string, speaker = speakerViewScripts()): string {
  if (!SCRIPT_SRC.test(html))
    throw new Error(`${fileName}: no Content-Security-Policy with script-src 'self' to extend`);
  const hashes = [...new Set([...speaker, ...inlineScripts(html)].map(sha256))].join(' ');
  return html.replace(SCRIPT_SRC, `$1 ${hashes}`);
}

/** Hashes the inline scripts of every built HTML file into its Content-Security-Policy (withCspHashes). */
export function cspHashes(): Plugin {
  const speaker = speakerViewScripts();
  return {
    name: 'csp-hashes',
    enforce: 'post',
    // After every other plugin, so the offline build's scripts are already inlined when hashed.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          file.source = withCspHashes(String(file.source), file.fileName, speaker);
        }
      },
    },
  };
}
