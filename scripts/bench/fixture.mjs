// @ts-check
// The benchmark's baseline deck: bench/ (reveal.js, Sarabun, a tiny stylesheet) filled with the product's
// own slides as static <section>s, so both pages carry the same words. Every slide of both decks goes in:
// the product's bundle carries them all too.
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { escapeHtml } from '../lib/html.mjs';

/** @typedef {import('../../slides/types').SlideModule} SlideModule */
/** @typedef {import('../../slides/types').Lang} Lang */
/** @typedef {(date: import('../../slides/types').EventDate, lang: Lang) => string} FormatDate */

const SLIDES_MARKER = '<!--slides-->';

/**
 * Every slide of every deck as plain HTML sections: per slide one block per language, each with its
 * heading, text and (for activities) its date formatted as the product formats it.
 * @param {string} root project root
 * @returns {Promise<string>}
 */
export async function renderBareSlides(root) {
  // The slide modules are TypeScript; Vite's module runner loads them here without a build step.
  const { module } = await runnerImport(join(root, 'scripts', 'bench', 'bare-deck', 'slide-data.ts'), {
    root,
    configFile: false,
    logLevel: 'silent',
  });
  const { DECKS, LANGS, formatEventDate } = /** @type {typeof import('./bare-deck/slide-data')} */ (module);
  const slides = DECKS.flatMap((deck) => deck.slides);
  return slides
    .map((slide) => `<section>${LANGS.map((lang) => renderSlideText(slide, lang, formatEventDate)).join('')}</section>`)
    .join('\n');
}

/**
 * A Vite plugin that puts the rendered slides into bench/index.html.
 * @param {string} slidesHtml from renderBareSlides
 * @returns {import('vite').Plugin}
 */
export const injectSlides = (slidesHtml) => ({
  name: 'bench-inject-slides',
  transformIndexHtml: (html) => html.replace(SLIDES_MARKER, slidesHtml),
});

/**
 * @param {SlideModule} slide
 * @param {Lang} lang
 * @param {FormatDate} formatDate
 */
function renderSlideText(slide, lang, formatDate) {
  const headingTag = slide.layout === 'title' ? 'h1' : 'h2';
  const date = slide.layout === 'event' ? `<p>${escapeHtml(formatDate(slide.date, lang))}</p>` : '';
  return `<div lang="${lang}">${date}${renderFields(slide.text[lang], headingTag)}</div>`;
}

/**
 * The text fields in the order the module writes them: `title` is the heading, a group's `heading` an h3,
 * other strings paragraphs, lists of strings lists.
 * @param {object} text
 * @param {'h1' | 'h2'} headingTag
 * @returns {string}
 */
function renderFields(text, headingTag) {
  return Object.entries(text)
    .map(([key, value]) => {
      if (typeof value === 'string') {
        const tag = key === 'title' ? headingTag : key === 'heading' ? 'h3' : 'p';
        return `<${tag}>${escapeHtml(value)}</${tag}>`;
      }
      if (!Array.isArray(value) || value.length === 0) return '';
      if (value.every((item) => typeof item === 'string'))
        return `<ul>${value.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
      return value.map((group) => renderFields(group, headingTag)).join('');
    })
    .join('');
}
