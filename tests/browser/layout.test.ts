import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { otherLang } from '../../src/i18n/language';
import { DECK_LANGS, newPage, openDeck, useSite, problemsOnEverySlide } from './support';

const site = useSite();

/** Elements of the slide on screen that stick out of its 16:9 frame, with by how much. */
const overflowingParts = (page: Page) =>
  page.$eval('section.present', (section: HTMLElement) => {
    const frame = section.getBoundingClientRect();
    const scale = frame.width / section.offsetWidth;
    const out: string[] = [];
    if (section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1) {
      out.push(
        `section scrolls: ${section.scrollWidth}x${section.scrollHeight} in ${section.clientWidth}x${section.clientHeight}`,
      );
    }
    for (const element of section.querySelectorAll<HTMLElement>('*:not(aside.notes, aside.notes *)')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const tolerance = 1 * scale;
      if (
        box.left < frame.left - tolerance ||
        box.right > frame.right + tolerance ||
        box.top < frame.top - tolerance ||
        box.bottom > frame.bottom + tolerance
      ) {
        out.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
      }
    }
    return out;
  });

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('at $width×$height', (viewport) => {
  const cases = DECK_LANGS.flatMap(({ deck, lang }) => [
    [deck.id, lang, 'alone', deck, ''] as const,
    [deck.id, lang, `with ${otherLang(lang)} beneath`, deck, `&sub=${otherLang(lang)}`] as const,
  ]);
  it.each(cases)('%s in %s %s: every slide fits its 16:9 frame', async (_, lang, __, deck, sub) => {
    const page = await newPage(site, { viewport });
    await openDeck(page, site, `?deck=${deck.id}&lang=${lang}${sub}`);
    expect(await problemsOnEverySlide(page, deck, overflowingParts)).toEqual([]);
  });
});

describe('fonts', () => {
  it('draws Thai with the self-hosted Sarabun face in both weights', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th');
    const loaded = await page.evaluate(async () => {
      await document.fonts.load('400 32px Sarabun', 'ก');
      await document.fonts.load('700 32px Sarabun', 'ก');
      return [...document.fonts]
        .filter((face) => face.family.replace(/"/g, '') === 'Sarabun' && face.status === 'loaded')
        .map((face) => `${face.weight} ${face.unicodeRange}`);
    });
    expect(loaded.some((face) => face.startsWith('400') && face.includes('U+E01-E5B'))).toBe(true);
    expect(loaded.some((face) => face.startsWith('700') && face.includes('U+E01-E5B'))).toBe(true);
  });

  // The build cuts Sarabun down to the site's own characters (vite/font-subsets.ts): none may be left out.
  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: every character of every slide, its notes and the shortcut list is drawn in Sarabun',
    async (_, lang, deck) => {
      const page = await newPage(site);
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}`);
      // The notes as the speaker view and the handout draw them: in the same face, here on the slide.
      await page.addStyleTag({ content: '.reveal aside.notes { display: block !important; }' });
      const others = await problemsOnEverySlide(page, deck, (page) => fontsOtherThanSarabun(page, 'section.present *'));
      await page.keyboard.press('Shift+Slash');
      await page.waitForSelector('dialog.help[open]');
      expect([...others, ...(await fontsOtherThanSarabun(page, 'dialog.help *'))]).toEqual([]);
    },
  );
});

/**
 * Elements of `selector` whose text the browser drew partly in another font than Sarabun with more glyphs than
 * the text has characters no face of Sarabun claims (its unicode-ranges; → is drawn from the system's fonts,
 * by design): a glyph the build's cut left out.
 */
async function fontsOtherThanSarabun(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const problems: string[] = [];
    let sarabun = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      sarabun += fonts.filter((font) => font.familyName === 'Sarabun').length;
      const others = fonts.filter((font) => font.familyName !== 'Sarabun');
      if (!others.length) continue;
      const { object } = await cdp.send('DOM.resolveNode', { nodeId });
      const drawn = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        returnByValue: true,
        functionDeclaration: `function () {
          const ranges = [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Sarabun')
            .flatMap((face) => face.unicodeRange.split(',')).map((range) => range.trim().replace('U+', '').split('-').map((hex) => parseInt(hex, 16)));
          const claimed = (c) => ranges.some(([from, to = from]) => c >= from && c <= to);
          const text = this.textContent;
          return { text, unclaimed: [...text].filter((ch) => !claimed(ch.codePointAt(0))).length };
        }`,
      });
      const { text, unclaimed } = drawn.result.value as { text: string; unclaimed: number };
      // More glyphs from elsewhere than characters Sarabun does not claim: some it claims were drawn there too.
      const elsewhere = others.reduce((sum, font) => sum + font.glyphCount, 0);
      if (elsewhere > unclaimed)
        problems.push(
          `“${text.trim().slice(0, 40)}”: ${elsewhere} glyphs in ${others.map((font) => font.familyName).join(', ')}`,
        );
    }
    return sarabun > 0 ? problems : [`no text of ${selector} in Sarabun`];
  } finally {
    await cdp.detach();
  }
}

/**
 * Text on the slide on screen whose line-height is less than the height Sarabun needs for Thai marks
 * stacked above and below (the content area of a line of `ปั่นฎุ` in the same font): lines that tight let
 * marks collide with the next line or be clipped.
 */
const crampedLines = (page: Page) =>
  page.$eval('section.present', async (section: HTMLElement) => {
    const out: string[] = [];
    const textElements = [...section.querySelectorAll<HTMLElement>('*:not(aside.notes, aside.notes *)')].filter(
      (element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
    );
    for (const element of textElements) {
      const style = getComputedStyle(element);
      await document.fonts.load(`${style.fontWeight} ${style.fontSize} ${style.fontFamily}`, 'ปั่นฎุ');
      const probe = document.createElement('span');
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = 'ปั่นฎุ';
      element.append(probe);
      const needed = probe.offsetHeight;
      probe.remove();
      const lineHeight = parseFloat(style.lineHeight);
      // `normal` is the font's own spacing, which holds its marks.
      if (lineHeight + 1 < needed)
        out.push(`${element.tagName.toLowerCase()}.${element.className}: line ${lineHeight}px, marks need ${needed}px`);
    }
    return out;
  });

describe('Thai type', () => {
  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s with the other language beneath: every line has room for marks above and below',
    async (_, lang, deck) => {
      const page = await newPage(site);
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}&sub=${otherLang(lang)}`);
      expect(await problemsOnEverySlide(page, deck, crampedLines)).toEqual([]);
    },
  );
});
