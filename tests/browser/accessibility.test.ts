import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DECK_LANGS, newPage, openDeck, useSite, problemsOnEverySlide } from './support';

const site = useSite();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings for the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility (axe-core)', () => {
  it.each(['th', 'en'])('the landing page in %s has no serious or critical violation', async (lang) => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=${lang}`);
    await page.waitForSelector('.deck-list a');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: every slide has no serious or critical violation and one heading',
    async (deckId, lang, deck) => {
      // Without transitions, so axe sees each slide at rest rather than halfway through sliding in.
      const page = await newPage(site, { reducedMotion: 'reduce' });
      await openDeck(page, site, `?deck=${deckId}&lang=${lang}`);
      const problems = await problemsOnEverySlide(page, deck, async () => {
        const headings = await page.$$eval('section.present :is(h1, h2)', (found) => found.length);
        return [...(await seriousViolations(page)), ...(headings === 1 ? [] : [`${headings} headings`])];
      });
      expect(problems).toEqual([]);
    },
  );

  it('marks text in the other language with its own lang', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th&sub=en#/1');
    expect(
      await page.$$eval('section.present .sub-text', (spans) => spans.map((span) => span.getAttribute('lang'))),
    ).toEqual(['en', 'en', 'en']);
    expect(await page.$eval('.lang-toggle span[lang]', (span) => span.getAttribute('lang'))).toBe('en');
  });

  it('shows where the keyboard focus is', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement;
      const style = getComputedStyle(focused);
      return { tag: focused.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).toBe('A');
    expect(outline.outline).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('turns slide transitions off for people who ask for reduced motion', async () => {
    const page = await newPage(site, { reducedMotion: 'reduce' });
    await openDeck(page, site, '?deck=dsi&lang=en');
    expect(await page.$eval('.reveal', (reveal) => [...reveal.classList])).toContain('none');
    const moving = await newPage(site);
    await openDeck(moving, site, '?deck=dsi&lang=en');
    expect(await moving.$eval('.reveal', (reveal) => [...reveal.classList])).toContain('slide');
  });
});
