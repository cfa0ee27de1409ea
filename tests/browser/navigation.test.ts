import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { KEY_TABLE } from '../../src/deck/keys';
import { UI_TEXT } from '../../src/i18n/ui-text';
import {
  DECK_LANGS,
  languageButtonName,
  newPage,
  openDeck,
  openSpeakerView,
  uiText,
  useSite,
  watchPage,
  forEverySlide,
} from './support';

const site = useSite();

describe('landing page', () => {
  it('lists both decks in the current language, linked by deck id', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=th`);
    // index.html paints the landing page in English from its HTML; the script, once started, shows it in Thai.
    await page.waitForSelector('.toolbar button');
    const links = page.locator('.deck-card-link');
    await expect.poll(() => links.count()).toBe(DECKS.length);
    for (const [i, deck] of DECKS.entries()) {
      expect(await links.nth(i).getAttribute('href')).toContain(`deck=${deck.id}`);
      expect(await links.nth(i).textContent()).toContain(deck.about.th.title);
    }
    expect(
      await page.locator('.downloads a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href'))),
    ).toEqual(
      DECKS.flatMap((deck) => [
        `pdf/${deck.id}-th.pdf`,
        `pdf/${deck.id}-th-notes.pdf`,
        `pdf/${deck.id}-bilingual-notes.pdf`,
      ]),
    );
    await page.getByRole('button', { name: languageButtonName('th') }).click();
    await expect.poll(() => links.first().textContent()).toContain(DECKS[0]!.about.en.title);
    expect(await page.locator('.downloads a').first().getAttribute('href')).toBe(`pdf/${DECKS[0]!.id}-en.pdf`);
    expect(await links.first().getAttribute('href')).toContain('lang=en');
  });

  it('answers the keys its hint names: L switches the language, ? lists every shortcut and closes again', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=th`);
    const hint = page.locator('.landing-hint');
    await expect.poll(() => hint.textContent()).toBe(UI_TEXT.th.keyboardHint);
    await page.keyboard.press('l');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await hint.textContent()).toBe(UI_TEXT.en.keyboardHint);
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: UI_TEXT.en.helpTitle });
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.locator('tr').count()).toBe(KEY_TABLE.length);
    // Keys act on the list while it is open: L leaves the page as it is.
    await page.keyboard.press('l');
    await page.keyboard.press('Shift+Slash');
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('opens a deck from its link', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=en`);
    await page.locator('.deck-card-link').nth(1).click();
    await page.waitForSelector('.reveal.ready');
    expect(new URL(page.url()).searchParams.get('deck')).toBe(DECKS[1]!.id);
  });
});

describe('stepping through every slide', () => {
  it.each(DECK_LANGS.map(({ deck, lang }) => [deck.id, lang, deck] as const))(
    '%s in %s: every slide shows with no console error, no CSP violation and no request off the origin',
    async (_, lang, deck) => {
      const page = await newPage(site);
      const watch = watchPage(page, site.origin);
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { cspViolations: violations });
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await openDeck(page, site, `?deck=${deck.id}&lang=${lang}`);
      await forEverySlide(page, deck, async () => {
        expect(await page.$$eval('section.present :is(h1, h2)', (headings) => headings.length)).toBe(1);
      });
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.offOrigin).toEqual([]);
    },
  );
});

describe('security', () => {
  it('declares a Content-Security-Policy that allows scripts from the site only', async () => {
    const page = await newPage(site);
    await page.goto(site.url);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    const directives = new Map(
      policy!.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src')!;
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc.filter((source) => source !== "'self'" && !source.startsWith("'sha256-"))).toEqual([]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('runs the speaker view under that policy without a violation', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    const { speaker, notes } = await openSpeakerView(page);
    const errors: string[] = [];
    speaker.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await expect.poll(() => notes.textContent(), { timeout: 15_000 }).not.toBe('');
    expect(await speaker.locator('#current-slide iframe').count()).toBe(1);
    expect(errors.filter((error) => /Content Security Policy/i.test(error))).toEqual([]);
  });
});

describe('bad input', () => {
  it('explains an unknown deck and shows the deck list instead', async () => {
    const page = await newPage(site);
    const watch = watchPage(page, site.origin);
    await page.goto(`${site.url}?deck=keynote&lang=en`);
    await expect.poll(() => page.textContent('#notices')).toContain(uiText('en', 'unknownDeck', { value: 'keynote' }));
    expect(await page.locator('.deck-card-link').count()).toBe(DECKS.length);
    expect(watch.errors).toEqual([]);
  });

  it('shows hostile query values as text, never as markup', async () => {
    const page = await newPage(site);
    const watch = watchPage(page, site.origin);
    const payload = '<img src=x onerror="window.pwned=1">';
    await page.goto(
      `${site.url}?deck=${encodeURIComponent(payload)}&lang=${encodeURIComponent('"><script>window.pwned=2</script>')}`,
    );
    await expect.poll(() => page.textContent('#notices')).toContain('<img src=x');
    expect(await page.locator('#notices img, #notices script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(watch.errors).toEqual([]);
  });

  it('drops query parameters that would reconfigure reveal.js, keeping the deck and language', async () => {
    const page = await newPage(site);
    await openDeck(page, site, '?deck=dsi&lang=th&url=javascript%3Aalert(1)%2F%2F&controls=%3Cb%3E#/2');
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['deck', 'lang']);
    expect(url.hash).toBe('#/2');
    expect(await page.$eval('section.present', (s) => s.getAttribute('data-slide-id'))).toBe(
      findDeck('dsi')!.slides[2]!.id,
    );
  });

  it('shows the last slide and says so when the link asks for a slide past the end', async () => {
    const dsi = findDeck('dsi')!;
    const page = await newPage(site);
    const watch = watchPage(page, site.origin);
    await openDeck(page, site, '?deck=dsi&lang=en#/99');
    expect(await page.$eval('section.present', (s) => s.getAttribute('data-slide-id'))).toBe(dsi.slides.at(-1)!.id);
    await expect
      .poll(() => page.textContent('#notices'))
      .toContain(uiText('en', 'slideOutOfRange', { total: dsi.slides.length, requested: 100 }));
    expect(watch.errors).toEqual([]);
  });
});
