import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { UI_TEXT } from '../../src/i18n/ui-text';
import { DECK_LANGS, newPage, useSite } from './support';

const site = useSite();

const readPng = async (url: string) => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
};

// What a crawler that runs no script reads: a tag's content in the HTML as served, its entities decoded.
const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const metaIn = (html: string) => (key: string) => {
  const content = new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]+)"`).exec(html)?.[1];
  return content === undefined ? undefined : decodeEntities(content);
};

describe('link previews', () => {
  it('gives crawlers, which run no script, a title, description and 1200×630 image in the HTML itself', async () => {
    const html = await (await fetch(site.url)).text();
    const tag = metaIn(html);
    expect(tag('og:title')).toBe(UI_TEXT.en.siteTitle);
    expect(tag('og:description')).toBe(UI_TEXT.en.siteDescription);
    expect(tag('twitter:card')).toBe('summary_large_image');
    const image = await readPng(new URL(tag('og:image')!, site.url).href);
    expect([image.width, image.height]).toEqual([1200, 630]);
  });

  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: the deck’s own page gives crawlers its title, description, language and image in the HTML',
    async (deckId, lang, deck) => {
      const response = await fetch(`${site.url}${deckId}-${lang}.html`);
      expect(response.status).toBe(200);
      const html = await response.text();
      const tag = metaIn(html);
      expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe(lang);
      expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe(deck.about[lang].title);
      expect(tag('og:title')).toBe(deck.about[lang].title);
      expect(tag('og:description')).toBe(deck.about[lang].description);
      expect(tag('twitter:title')).toBe(deck.about[lang].title);
      expect(tag('twitter:description')).toBe(deck.about[lang].description);
      expect(tag('og:locale')).toBe(lang === 'th' ? 'th_TH' : 'en_GB');
      expect(tag('og:image')).toBe(`./social/${deckId}-${lang}.png`);
      const image = await readPng(new URL(tag('og:image')!, site.url).href);
      expect([image.width, image.height]).toEqual([1200, 630]);
    },
  );

  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: title, description and preview image of that deck in that language',
    async (deckId, lang, deck) => {
      const page = await newPage(site);
      await page.goto(`${site.url}?deck=${deckId}&lang=${lang}`);
      await page.waitForSelector('.reveal.ready');
      const meta = (key: string) => page.getAttribute(`meta[property="${key}"], meta[name="${key}"]`, 'content');
      expect(await page.title()).toBe(deck.about[lang].title);
      expect(await meta('og:title')).toBe(deck.about[lang].title);
      expect(await meta('og:description')).toBe(deck.about[lang].description);
      expect(await meta('twitter:description')).toBe(deck.about[lang].description);
      expect(await meta('og:locale')).toBe(lang === 'th' ? 'th_TH' : 'en_GB');
      const imageUrl = (await meta('og:image'))!;
      expect(imageUrl.startsWith(site.origin)).toBe(true);
      expect(imageUrl).toContain(`${deckId}-${lang}.png`);
      const image = await readPng(imageUrl);
      expect([image.width, image.height]).toEqual([1200, 630]);
    },
  );
});
