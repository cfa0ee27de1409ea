import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THAI_COMPOUNDS } from '../../slides/compounds';
import { otherLang } from '../../src/i18n/language';
import { DECK_LANGS, newPage, openDeck, useSite, problemsOnEverySlide } from './support';

const site = useSite();

/** Headings and the one-line subtitles under them: where a typesetter would not accept a bad break. */
const HEADINGS = 'h1, h2, h3, .subtitle, .campaign-summary, .closing-message';
// A last line shorter than this share of the longest line is a widow.
const MIN_LAST_LINE = 1 / 3;

/** One line of a text block as drawn: its text and width in CSS pixels. */
interface Line {
  text: string;
  width: number;
}

/**
 * The lines of each `selector` block inside `root`: a block in the main language, and the other language
 * beneath it (its own block), measured character by character (grapheme clusters) with
 * Range.getClientRects, so a line is what the eye sees, whatever element or joiner made it.
 */
const blockLines = (page: Page, root: string, selector: string) =>
  page.$eval(
    root,
    (section, selector) => {
      const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      const linesOf = (block: Element, skip: Element | null) => {
        const lines: { text: string; width: number; top: number; left: number; right: number }[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (skip?.contains(node)) continue;
          for (const { segment, index } of graphemes.segment(node.textContent ?? '')) {
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + segment.length);
            const rect = [...range.getClientRects()].find((box) => box.width > 0);
            const line = lines.at(-1);
            // A space where the line breaks has no box of its own on either line.
            if (!rect) {
              if (line) line.text += segment;
              continue;
            }
            if (line && rect.top < line.top + rect.height / 2) {
              line.text += segment;
              line.left = Math.min(line.left, rect.left);
              line.right = Math.max(line.right, rect.right);
            } else lines.push({ text: segment, width: 0, top: rect.top, left: rect.left, right: rect.right });
          }
        }
        return lines.map((line) => ({ text: line.text, width: line.right - line.left }));
      };
      return [...section.querySelectorAll(selector)].flatMap((heading) => {
        const beneath = heading.querySelector('.sub-text');
        const blocks = [{ tag: heading.tagName.toLowerCase(), lines: linesOf(heading, beneath) }];
        if (beneath) blocks.push({ tag: `${heading.tagName.toLowerCase()} .sub-text`, lines: linesOf(beneath, null) });
        return blocks;
      });
    },
    selector,
  );

/** The lines of each heading block on the slide on screen. */
const headingLines = (page: Page) => blockLines(page, 'section.present', HEADINGS);

/** What a typesetter would send back: a widowed last line, or a line that ends inside a listed compound. */
function badBreaks(lines: readonly Line[]): string[] {
  if (lines.length < 2) return [];
  const longest = Math.max(...lines.map((line) => line.width));
  const last = lines.at(-1)!;
  const widow =
    last.width < longest * MIN_LAST_LINE
      ? [`last line “${last.text.trim()}” is ${Math.round(last.width)} of ${Math.round(longest)} px`]
      : [];
  return [...widow, ...breaksInsideCompounds(lines)];
}

/** Each line that ends inside a listed compound. */
function breaksInsideCompounds(lines: readonly Line[]): string[] {
  const problems: string[] = [];
  const text = lines.map((line) => line.text).join('');
  let end = 0;
  for (const line of lines.slice(0, -1)) {
    end += line.text.length;
    // A break at `end` is inside a compound that starts before it and ends after it.
    for (const compound of THAI_COMPOUNDS) {
      for (let at = text.indexOf(compound); at !== -1; at = text.indexOf(compound, at + 1)) {
        if (at < end && end < at + compound.length)
          problems.push(
            `breaks inside “${compound}”: “…${text.slice(at, end)} / ${text.slice(end, at + compound.length)}…”`,
          );
      }
    }
  }
  return problems;
}

/** Steps through every slide of the open deck; each heading's bad breaks, named by slide and element. */
const badBreaksOf = async (page: Page): Promise<string[]> =>
  (await headingLines(page)).flatMap(({ tag, lines }) => badBreaks(lines).map((problem) => `${tag}: ${problem}`));

describe.each([
  { width: 1280, height: 720, isMobile: false },
  { width: 1920, height: 1080, isMobile: false },
  { width: 390, height: 844, isMobile: true },
])('at $width×$height', ({ isMobile, ...viewport }) => {
  const cases = DECK_LANGS.flatMap(({ deck, lang }) => [
    [deck.id, lang, 'alone', deck, ''] as const,
    [deck.id, lang, `with ${otherLang(lang)} beneath`, deck, `&sub=${otherLang(lang)}`] as const,
  ]);
  it.each(cases)(
    '%s in %s %s: no heading ends a line inside a compound or leaves a short last line',
    async (_, lang, __, deck, sub) => {
      const page = await newPage(site, { viewport, isMobile, hasTouch: isMobile });
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}${sub}`);
      expect(await problemsOnEverySlide(page, deck, badBreaksOf)).toEqual([]);
    },
  );
});

describe('the shortcut list on a 320 px phone, in Thai', () => {
  it('ends no line of a shortcut’s description inside a compound', async () => {
    const page = await newPage(site, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    await openDeck(page, site, '?deck=coalition&lang=th');
    await page.keyboard.press('Shift+Slash');
    await page.waitForSelector('dialog.help[open]');
    const descriptions = await blockLines(page, 'dialog.help', 'td');
    expect(descriptions.length).toBeGreaterThan(10);
    expect(descriptions.flatMap(({ lines }) => breaksInsideCompounds(lines))).toEqual([]);
  });
});

describe('the measure itself', () => {
  it('finds the breaks the browser makes when compounds are not kept whole nor headings balanced', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th');
    // Undo both protections: the same page as it would be drawn without them.
    await page.addStyleTag({
      content: '.reveal .compound { white-space: normal !important; } .reveal * { text-wrap: wrap !important; }',
    });
    const problems = (await headingLines(page)).flatMap(({ lines }) => badBreaks(lines));
    // The title slide's tagline as a link preview showed it: …สำหรับเด็กทุก / คน.
    expect(problems).toContainEqual(expect.stringMatching(/^breaks inside “ทุกคน”: “…ทุก \/ คน…”$/));
    expect(problems).toContainEqual(expect.stringMatching(/^last line “คน” is \d+ of \d+ px$/));
  });
});
