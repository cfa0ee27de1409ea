import { describe, expect, it } from 'vitest';
import { findDeck } from '../../slides/decks';
import { languageButtonName, newPage, notesText, openDeck, uiText, useSite, visibleSlideText } from './support';

const site = useSite();
const coalition = findDeck('coalition')!;
const eventSlide = coalition.slides[3]!;

const htmlLang = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.lang);

describe('language toggle', () => {
  it('switches the language with L on the slide you are on, without reloading', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=en#/3');
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    expect(await visibleSlideText(page)).toContain(eventSlide.text.en.title);
    expect(await notesText(page)).toContain(eventSlide.notes.en[0]);

    await page.keyboard.press('l');
    await page.waitForFunction(() => document.documentElement.lang === 'th');

    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.$eval('.reveal .slides > section.present', (s) => s.getAttribute('data-slide-id'))).toBe(
      eventSlide.id,
    );
    expect(await visibleSlideText(page)).toContain(eventSlide.text.th.title);
    expect(await visibleSlideText(page)).toContain('7 กุมภาพันธ์ 2566');
    expect(await notesText(page)).toContain(eventSlide.notes.th[0]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('th');
    // The address bar names the deck's Thai page, so a copied link previews the deck in Thai.
    expect(new URL(page.url()).pathname).toBe('/coalition-th.html');
    expect(await page.title()).toBe(coalition.about.th.title);
  });

  it('repaints the slide on screen at the key press, and the rest of the deck and the page once that is painted', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=en#/3');
    const lastSlide = coalition.slides.length - 1;
    const slideText = (index: number) =>
      page.$$eval('.reveal .slides > section[data-slide-id]', (sections, i) => sections[i]!.textContent, index);
    // On window, bubbling: runs after reveal.js's key handler on the document, before the next frame.
    await page.evaluate((last) => {
      const texts = () => [...document.querySelectorAll('.reveal .slides > section[data-slide-id]')];
      addEventListener(
        'keydown',
        () =>
          Object.assign(window, {
            atKeyPress: {
              onScreen: texts()[3]!.textContent,
              last: texts()[last]!.textContent,
              page: document.documentElement.lang,
            },
          }),
        { once: true },
      );
    }, lastSlide);

    await page.keyboard.press('l');
    const atKeyPress = await page.evaluate(
      () => (window as unknown as { atKeyPress: { onScreen: string; last: string; page: string } }).atKeyPress,
    );
    expect(atKeyPress.onScreen).toContain(eventSlide.text.th.title);
    expect(atKeyPress.last).toContain(coalition.slides[lastSlide]!.text.en.title);
    expect(atKeyPress.page).toBe('en');

    await page.waitForFunction(() => document.documentElement.lang === 'th');
    await expect.poll(() => slideText(lastSlide)).toContain(coalition.slides[lastSlide]!.text.th.title);
    expect(await page.getByRole('button', { name: languageButtonName('th') }).count()).toBe(1);
  });

  it('switches back and forth with the visible button, which is named for what it does', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/2');
    await page.getByRole('button', { name: languageButtonName('th') }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await visibleSlideText(page)).toContain(coalition.slides[2]!.text.en.title);
    await page.getByRole('button', { name: languageButtonName('en') }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    expect(await visibleSlideText(page)).toContain(coalition.slides[2]!.text.th.title);
    expect(await page.$eval('.reveal .slides > section.present', (s) => s.getAttribute('data-slide-id'))).toBe(
      coalition.slides[2]!.id,
    );
  });

  it('keeps the language and the slide on a reload straight after a move and L, because the URL carries them', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=en');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('l');
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    await page.reload();
    await page.waitForSelector('.reveal.ready');
    expect(await htmlLang(page)).toBe('th');
    expect(new URL(page.url()).hash).toBe('#/1');
  });
});

describe('which language a visitor gets', () => {
  it('remembers the last choice for the next visit', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, '?deck=dsi&lang=en');
    await page.keyboard.press('l');
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    await openDeck(page, site, '?deck=coalition');
    expect(await htmlLang(page)).toBe('th');
  });

  it('lets ?lang= win over the remembered choice', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, '?deck=dsi&lang=th');
    await openDeck(page, site, '?deck=dsi&lang=en');
    expect(await htmlLang(page)).toBe('en');
  });

  it.each([
    ['th-TH', 'th'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
  ])('without either, a %s browser gets %s', async (locale, expected) => {
    const page = await newPage(site, { locale });
    await openDeck(page, site, '?deck=coalition');
    expect(await htmlLang(page)).toBe(expected);
    expect(new URL(page.url()).searchParams.get('lang')).toBe(expected);
  });

  it('explains an unknown ?lang= and falls back to a language it has', async () => {
    const page = await newPage(site, { locale: 'en-US' });
    await openDeck(page, site, '?deck=dsi&lang=klingon');
    expect(await htmlLang(page)).toBe('en');
    await expect
      .poll(() => page.textContent('#notices'))
      .toContain(uiText('en', 'unknownLanguage', { value: 'klingon' }));
  });
});
