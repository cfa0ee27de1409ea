import { LANGS, type DeckModule, type Lang } from '../../slides/types';
import { t } from '../i18n/language';
import type { HandoutRequest } from '../page/query';
import { h } from '../render/dom';
import { renderNotes } from '../render/slide';
import { HANDOUT_READY_EVENT, type Paper } from './pdfs.js';
// With this module, not in the stylesheet every page waits for: only a handout lays its sheets out.
import '../theme/handout.css';

/** Portrait paper, as CSS lengths. */
const PAPER_SIZES: { readonly [P in Paper]: { readonly width: string; readonly height: string } } = {
  a4: { width: '210mm', height: '297mm' },
  letter: { width: '8.5in', height: '11in' },
};

/** The named page the whole handout is on, whose `@page` rule gives it the paper's size. */
const PAGE_NAME = 'handout';

/** One printed page: a slide's first (with the slide) or a page its notes run on to. */
interface Sheet {
  readonly element: HTMLElement;
  /** The box the notes must fit in. */
  readonly region: HTMLElement;
  /** Per notes language, in column order: the list of notes on this sheet, or null where that language has ended. */
  readonly lists: readonly (HTMLElement | null)[];
  readonly footer: HTMLElement;
}

/**
 * The handout: reveal.js's print view, each slide's page at half size on a sheet of paper with its
 * notes beneath (both languages' side by side in the bilingual layout), the deck's title and the page
 * number in the footer. Notes that do not fit run on to sheets of their own, headed with the slide's
 * number, cut only between lines. Call before reveal.js starts; the document gets HANDOUT_READY_EVENT
 * once every sheet is laid out.
 */
export function prepareHandout(root: HTMLElement, deck: DeckModule, handout: HandoutRequest, lang: Lang): void {
  const paper = PAPER_SIZES[handout.paper];
  const html = document.documentElement;
  html.classList.add('handout');
  html.style.setProperty('--paper-width', paper.width);
  html.style.setProperty('--paper-height', paper.height);
  // The whole document, not only the sheets: a box of another page name after the last sheet would
  // start a blank page of its own.
  html.style.setProperty('page', PAGE_NAME);
  // `@page` cannot read custom properties. print.css's slide-sized page is !important (against reveal.js's
  // own rule); a named page of the paper's size, !important too, is more specific, and comes first
  // because Chromium 156 lets the earlier of two !important page rules win whatever their selectors.
  document.head.prepend(
    h('style', {}, [`@page ${PAGE_NAME} { size: ${paper.width} ${paper.height} !important; margin: 0 !important; }`]),
  );
  const notesLangs = handout.layout === 'bilingual' ? LANGS : [lang];
  root.addEventListener(
    'pdf-ready',
    () =>
      void layOutSheets(root, deck, notesLangs, lang).then(
        () => document.dispatchEvent(new Event(HANDOUT_READY_EVENT)),
        // A page error, which the export reports, rather than a handout that never becomes ready.
        (error: unknown) => reportError(error),
      ),
    { once: true },
  );
}

async function layOutSheets(root: HTMLElement, deck: DeckModule, notesLangs: readonly Lang[], lang: Lang) {
  const container = root.querySelector<HTMLElement>('.slides')!;
  // reveal.js's print view has put each slide in a page of its own, in order.
  const slidePages = [...container.querySelectorAll<HTMLElement>(':scope > .pdf-page')];
  if (slidePages.length !== deck.slides.length)
    throw new Error(`the print view has ${slidePages.length} pages for ${deck.slides.length} slides`);

  const sheets: Sheet[] = [];
  // Each sheet's footer, with the deck's title: one line, so the notes' box keeps its height when the
  // page numbers are filled in at the end.
  const title = deck.about[lang].title;
  const pageLabel = (page: number, pages: number) => t('handoutPage', { page, pages, lng: lang });
  const footerOf = (sheet: Sheet, page: number, pages: number) =>
    sheet.footer.replaceChildren(
      h('span', { class: 'handout-title' }, [title]),
      h('span', { class: 'handout-page' }, [pageLabel(page, pages)]),
    );
  container.replaceChildren();
  for (const [index, slidePage] of slidePages.entries()) {
    const first = sheets.length;
    // The notes as the speaker view has them: a list (in the public build, a line saying there are none).
    const module = deck.slides[index]!;
    const lists = notesLangs.map((notesLang) => renderNotes({ module }, notesLang).firstElementChild as HTMLElement);
    let sheet = createSheet(index, notesLangs, lists, slidePage);
    footerOf(sheet, sheets.length + 1, sheets.length + 1);
    container.append(sheet.element);
    sheets.push(sheet);
    // Measure with the notes' own fonts: a subset not loaded yet would change every line.
    void document.body.offsetHeight;
    await document.fonts.ready;
    for (let rest = takeOverflow(sheet); rest; rest = takeOverflow(sheet)) {
      // A sheet of notes alone that keeps nothing would run on for ever.
      if (!sheet.element.querySelector('.handout-slide') && sheet.lists.every((list) => !list?.firstChild))
        throw new Error(`a note of slide ${index + 1} is taller than a page`);
      const runOn = createSheet(index, notesLangs, rest, null);
      footerOf(runOn, sheets.length + 1, sheets.length + 1);
      container.append(runOn.element);
      sheets.push(runOn);
      sheet = runOn;
    }
    settleHeadings(sheets.slice(first), notesLangs, index + 1);
  }
  sheets.forEach((sheet, i) => footerOf(sheet, i + 1, sheets.length));
}

/** A sheet for slide `index`: with its slide page when given (its first sheet), else a run-on sheet. */
function createSheet(
  index: number,
  notesLangs: readonly Lang[],
  lists: readonly (HTMLElement | null)[],
  slidePage: HTMLElement | null,
): Sheet {
  const number = index + 1;
  const region = h(
    'div',
    { class: 'handout-notes' },
    notesLangs.map((notesLang, i) => {
      const list = lists[i];
      // An ended language keeps its empty column, so that each language stays on its side.
      if (!list) return h('div', { class: 'handout-column', lang: notesLang, 'aria-hidden': 'true' });
      const heading = t(slidePage ? 'notesPageHeading' : 'notesContinued', { number, lng: notesLang });
      return h('div', { class: 'handout-column', lang: notesLang }, [
        h('h2', { class: 'handout-heading' }, [heading]),
        list,
      ]);
    }),
  );
  const footer = h('footer', { class: 'handout-footer' });
  const element = h('div', { class: 'handout-sheet', 'data-slide': String(number) }, [
    slidePage && h('div', { class: 'handout-slide' }, [slidePage]),
    region,
    footer,
  ]);
  return { element, region, lists, footer };
}

/**
 * Headings for where each language's notes turned out to be: none over a column left empty (one above
 * the other, a language may wait for the other to end), the plain heading where its notes begin, and
 * "continued" after. Both only shorten what was measured, so nothing comes to overflow.
 */
function settleHeadings(slideSheets: readonly Sheet[], notesLangs: readonly Lang[], number: number): void {
  notesLangs.forEach((notesLang, i) => {
    let begun = false;
    for (const { lists } of slideSheets) {
      const list = lists[i];
      const column = list?.parentElement;
      if (!list || !column) continue;
      if (!list.firstChild) {
        column.replaceChildren();
        column.setAttribute('aria-hidden', 'true');
        continue;
      }
      const heading = t(begun ? 'notesContinued' : 'notesPageHeading', { number, lng: notesLang });
      column.querySelector('.handout-heading')!.textContent = heading;
      begun = true;
    }
  });
}

/**
 * Cuts off what overflows the sheet's notes box: per column, the items from the first line below the
 * box on (the item that line is in split there), in new lists; null when everything fits.
 */
function takeOverflow(sheet: Sheet): (HTMLElement | null)[] | null {
  const limit = sheet.region.getBoundingClientRect().bottom;
  const rest = sheet.lists.map((list) => (list ? cutBelow(list, limit) : null));
  return rest.some((list) => list !== null) ? rest : null;
}

/** The items of `list` from the first line whose bottom passes `limit`, moved into a copy of `list`; null when none does. */
function cutBelow(list: HTMLElement, limit: number): HTMLElement | null {
  const items = [...list.children] as HTMLElement[];
  const first = items.findIndex((item) => item.getBoundingClientRect().bottom > limit);
  if (first === -1) return null;
  const item = items[first]!;
  const cut = firstLineBelow(item, limit);
  const moved = cut ? [splitAt(item, cut), ...items.slice(first + 1)] : items.slice(first);
  const runOn = list.cloneNode(false) as HTMLElement;
  runOn.append(...moved);
  return runOn;
}

/** Where in `item` the first line that passes `limit` starts; null when that is its first line. */
function firstLineBelow(item: HTMLElement, limit: number): { node: Text; offset: number } | null {
  const range = document.createRange();
  const lineHeight = parseFloat(getComputedStyle(item).lineHeight);
  // The bottom of the line box the character at `offset` is set in (its glyphs' box, centred in the
  // line, is shorter: a line must fit with its leading); null for a character with no box (collapsed).
  const bottomAt = (node: Text, offset: number): number | null => {
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rects = range.getClientRects();
    const glyphs = rects[rects.length - 1];
    return glyphs ? (glyphs.top + glyphs.bottom) / 2 + lineHeight / 2 : null;
  };
  const passes = (node: Text, offset: number): boolean => {
    // A character without a box sits where the next one with a box does.
    for (let at = offset; at < node.length; at++) {
      const bottom = bottomAt(node, at);
      if (bottom !== null) return bottom > limit;
    }
    return false;
  };
  const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
  let isFirstText = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Lines run in document order: the first character past the limit starts the first line below it.
    let low = 0;
    let high = node.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (passes(node, middle)) high = middle;
      else low = middle + 1;
    }
    if (low < node.length) return isFirstText && low === 0 ? null : { node, offset: low };
    isFirstText = false;
  }
  return null;
}

/** Splits `item` at `cut`: `item` keeps what comes before, the returned copy (marked as continued) the rest. */
function splitAt(item: HTMLElement, cut: { node: Text; offset: number }): HTMLElement {
  const range = document.createRange();
  range.setStart(cut.node, cut.offset);
  range.setEnd(item, item.childNodes.length);
  const rest = item.cloneNode(false) as HTMLElement;
  rest.dataset['continued'] = '';
  rest.append(range.extractContents());
  return rest;
}
