import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContextOptions, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DECKS } from '../../slides/decks';
import type { DeckModule, Lang } from '../../slides/types';
import { formatEventDate } from '../../src/i18n/dates';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { deckPageFile } from '../../src/page/deck-page';
import { DECK_LANGS, DESKTOP, DIST, newPage, phone, PHONES, useSite, type Site } from './support';

const site = useSite();

/** Every string a slide's text holds in `lang` (titles, lists, groups), and its date as the deck formats it. */
function slideStrings(slide: DeckModule['slides'][number], lang: Lang): string[] {
  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.flatMap(strings)
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
  return [...strings(slide.text[lang]), ...(slide.layout === 'event' ? [formatEventDate(slide.date, lang)] : [])];
}

/** The file a URL names: the built site's assets are told apart by name. */
const fileOf = (url: string) => new URL(url).pathname.split('/').pop()!;

/** The page's text as a reader gets it, spaces collapsed. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

const VIEWPORTS = [
  { name: 'desktop', options: { viewport: DESKTOP } },
  { name: 'phone', options: phone(PHONES[0]!) },
] as const;

/** Holds the page's module script back until `release()`: the page shows what its HTML and CSS alone paint. */
async function holdScript(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The heading of the slide on screen: its text and box, and the node itself kept on `window` to compare. */
const headingInView = (page: Page) =>
  page.evaluate(() => {
    const heading = [...document.querySelectorAll<HTMLElement>('.reveal .slides section :is(h1, h2)')].find((h) => {
      const box = h.getBoundingClientRect();
      return box.width > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    });
    if (!heading) return null;
    (window as unknown as { firstHeading?: Element }).firstHeading ??= heading;
    const { x, y, width, height } = heading.getBoundingClientRect();
    return { text: heading.textContent, box: { x, y, width, height }, lang: heading.closest('section')!.lang };
  });

async function openHeld(page: Page, site: Site, path: string) {
  const release = await holdScript(page);
  // Every layout shift from the first paint on, reveal.js's start included.
  await page.addInitScript(() => {
    (window as unknown as { layoutShift: number }).layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading' || document.querySelector('#deck script'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return release;
}

describe('first paint from HTML', () => {
  it.each(DECK_LANGS.map(({ deck, lang }) => [deckPageFile(deck.id, lang), deck, lang] as const))(
    '%s holds every slide, its heading and its text, in its language in its HTML',
    (file, deck, lang) => {
      const { document } = parseHTML(readFileSync(join(DIST, file), 'utf8'));
      const sections = [...document.querySelectorAll('#deck .slides > section')];
      expect(sections.map((section) => section.getAttribute('data-slide-id'))).toEqual(
        deck.slides.map((slide) => slide.id),
      );
      const missing = deck.slides.flatMap((slide, i) => {
        const section = sections[i]!;
        const text = squeeze(
          [...section.children]
            .filter((child) => !child.matches('aside.notes'))
            .map((child) => child.textContent)
            .join(' '),
        );
        const heading = squeeze(section.querySelector('h1, h2')?.textContent ?? '');
        return [
          ...(heading === squeeze(slide.text[lang].title) ? [] : [`${slide.id}: heading "${heading}"`]),
          ...(section.getAttribute('lang') === lang ? [] : [`${slide.id}: lang ${section.getAttribute('lang')}`]),
          ...slideStrings(slide, lang)
            .filter((string) => !text.includes(squeeze(string)))
            .map((string) => `${slide.id}: "${string}"`),
        ];
      });
      expect(missing).toEqual([]);
    },
  );

  it.each(
    VIEWPORTS.flatMap(({ name, options }) =>
      DECK_LANGS.map(({ deck, lang }) => [name, deck.id, lang, deck, options] as const),
    ),
  )(
    'without JavaScript (%s), %s in %s reads as a document: its first heading in view, every slide, a link to the other language',
    async (_: string, __: string, lang: Lang, deck: DeckModule, options: BrowserContextOptions) => {
      const page = await newPage(site, { ...options, javaScriptEnabled: false });
      await page.goto(site.url + deckPageFile(deck.id, lang));
      const first = page.locator('.reveal .slides > section').first().locator('h1, h2').first();
      await expect.poll(() => first.textContent()).toBe(deck.slides[0]!.text[lang].title);
      expect(await first.isVisible()).toBe(true);
      const box = (await first.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      // Every slide is shown, one after the other.
      const headings = page.locator('.reveal .slides > section :is(h1, h2)');
      expect(await headings.count()).toBe(deck.slides.length);
      for (const heading of await headings.all()) expect(await heading.isVisible()).toBe(true);
      const other = lang === 'th' ? 'en' : 'th';
      const link = page.getByRole('link', { name: UI_TEXT[lang].otherLanguageName, exact: true });
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${deckPageFile(deck.id, other)}`));
    },
  );

  const last = DECKS[0]!.slides.length - 1;
  // Each hash and the slide it opens; a malformed one opens the first, before reveal.js starts and after.
  const deepLinks = [
    ['#/0', 0],
    ['#/3', 3],
    [`#/${last}`, last],
    ['#/3x', 0],
  ] as const;
  // A phone held sideways too: below 700 px of height the slides stop above the toolbar's band.
  const framed = [...VIEWPORTS, { name: 'phone sideways', options: phone({ width: 844, height: 390 }) }];
  it.each(
    framed.flatMap(({ name, options }) => deepLinks.map(([hash, slide]) => [name, hash, slide, options] as const)),
  )(
    '%s, %s: the slide painted before any script is the one reveal.js shows, in the same place, the same node, with no layout shift',
    async (_, hash, slide, options) => {
      const deck = DECKS[0]!;
      const page = await newPage(site, options);
      const release = await openHeld(page, site, `${deckPageFile(deck.id, 'th')}${hash}`);
      await expect.poll(() => headingInView(page).then((h) => h?.text)).toBe(deck.slides[slide]!.text.th.title);
      const before = (await headingInView(page))!;
      expect(await page.evaluate(() => document.querySelector('.reveal.ready'))).toBeNull();

      release();
      await page.waitForSelector('.reveal.ready');
      await page.waitForFunction(() => !document.querySelector('.reveal .slides section:empty'));
      // Past reveal.js's own settling (the scroll view measures its pages over frames).
      await page.waitForTimeout(500);
      const after = (await headingInView(page))!;
      expect(after.text).toBe(before.text);
      expect(after.lang).toBe('th');
      for (const key of ['x', 'y', 'width', 'height'] as const)
        expect(Math.abs(after.box[key] - before.box[key])).toBeLessThan(2);
      // Adopted, not rendered again: the heading painted from HTML is still the one in the page.
      expect(
        await page.evaluate(() => document.contains((window as unknown as { firstHeading: Element }).firstHeading)),
      ).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);
    },
  );

  it.each(
    VIEWPORTS.flatMap(({ name, options }) =>
      DECK_LANGS.map(({ deck, lang }) => [name, deckPageFile(deck.id, lang), options] as const),
    ),
  )('%s, %s: the HTML preloads exactly the font files the first slide paints with', async (_, file, options) => {
    const page = await newPage(site, options);
    await openHeld(page, site, file);
    await expect.poll(() => headingInView(page).then((h) => h?.text)).toBeTruthy();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.split('/').pop()!)
        .filter((name) => name.endsWith('.woff2'))
        .sort(),
    );
    const preloaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')]
        .map((link) => new URL(link.href).pathname.split('/').pop()!)
        .sort(),
    );
    const used = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${face.weight} ${face.unicodeRange}`),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(preloaded.length).toBeGreaterThan(0);
    expect({ preloaded, used }).toEqual({ preloaded: fetched, used });
  });

  it.each([
    ['coalition-th.html', '.reveal.ready'],
    ['index.html', '.toolbar button'],
  ])(
    'a phone opening %s asks for its script only once the first view’s fonts have arrived, not sharing the link with them',
    async (file, started) => {
      const page = await newPage(site, phone(PHONES[0]!));
      // Slow fonts: a script asked for with the HTML is on its way long before they end.
      await page.route(/\.woff2$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await route.continue();
      });
      const events: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') events.push(`asked ${fileOf(request.url())}`);
      });
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'font') events.push(`arrived ${fileOf(request.url())}`);
      });
      await page.goto(site.url + file);
      await page.waitForSelector(started);
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => link.href),
      );
      const script = events.findIndex((event) => /^asked index-.*\.js$/.test(event));
      expect(preloaded.length).toBeGreaterThan(0);
      expect(script).toBeGreaterThan(-1);
      expect(events.slice(0, script).sort()).toEqual(preloaded.map((href) => `arrived ${fileOf(href)}`).sort());
    },
  );

  it('a deck whose fonts cannot be fetched still starts, and its keys move the slides', async () => {
    const page = await newPage(site, phone(PHONES[0]!));
    await page.route(/\.woff2$/, (route) => route.abort());
    await page.goto(site.url + 'dsi-th.html');
    await page.waitForSelector('.reveal.ready');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/1');
  });

  it('an attendee’s first load fetches neither the handout code nor the live client; the handout’s print view fetches its code', async () => {
    // Chunks are named for their modules (src/print/handout.ts, src/deck/live.ts).
    const scriptsFetched = async (query: string) => {
      const page = await newPage(site);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(fileOf(request.url()));
      });
      await page.goto(site.url + query);
      await page.waitForSelector('.reveal.ready');
      await page.waitForLoadState('networkidle');
      return scripts;
    };
    const attendee = await scriptsFetched('coalition-th.html?deck=coalition&lang=th');
    expect(attendee.length).toBeGreaterThan(0);
    expect(attendee.filter((name) => /^(handout|live)-/.test(name))).toEqual([]);
    const handout = await scriptsFetched('?deck=coalition&lang=th&print-pdf&handout=notes');
    expect(handout.filter((name) => name.startsWith('handout-'))).toHaveLength(1);
  });

  it('index.html holds the landing page in English, kept as it is when the page starts in English', async () => {
    const { document } = parseHTML(readFileSync(join(DIST, 'index.html'), 'utf8'));
    expect(squeeze(document.querySelector('#landing h1')?.textContent ?? '')).toBe(UI_TEXT.en.siteTitle);
    expect(document.querySelectorAll('#landing .deck-card').length).toBe(DECKS.length);

    const page = await newPage(site, { locale: 'en-GB' });
    const release = await openHeld(page, site, '?lang=en');
    const heading = page.locator('#landing h1');
    await expect.poll(() => heading.textContent()).toBe(UI_TEXT.en.siteTitle);
    await page.evaluate(
      () =>
        ((window as unknown as { landingHeading: Element }).landingHeading = document.querySelector('#landing h1')!),
    );
    release();
    await page.waitForSelector('.toolbar button');
    expect(
      await page.evaluate(() => document.contains((window as unknown as { landingHeading: Element }).landingHeading)),
    ).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBeLessThan(0.01);
  });
});
