import { describe, expect, it } from 'vitest';
import { DECKS, findDeck } from '../../slides/decks';
import { newPage, openDeck, useSite, watchPage } from './support';

// As on GitHub Pages: the site lives under a path of its own, with no configuration.
const site = useSite({ basePath: '/safe-internet/' });

describe('served from a sub-path', () => {
  it('loads every file from under that path, with no failed request', async () => {
    const page = await newPage(site);
    const failed: string[] = [];
    page.on(
      'response',
      (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`),
    );
    const watch = watchPage(page, site.origin);
    await openDeck(page, site, '?deck=coalition&lang=th#/1');
    expect(site.url.endsWith('/safe-internet/')).toBe(true);
    expect(await page.textContent('section.present h2')).toBe(findDeck('coalition')!.slides[1]!.text.th.title);
    // The favicon travels inside the HTML, so it cannot miss whatever the path.
    expect(await page.getAttribute('link[rel=icon]', 'href')).toMatch(/^data:image\/svg\+xml,/);
    expect(failed).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  it('links from the landing page to the decks within that path', async () => {
    const page = await newPage(site);
    await page.goto(`${site.url}?lang=en`);
    await page.locator('.deck-card-link').first().click();
    await page.waitForSelector('.reveal.ready');
    expect(new URL(page.url()).pathname).toBe(`/safe-internet/${DECKS[0]!.id}-en.html`);
    await page.getByRole('link', { name: 'All decks' }).click();
    await page.waitForSelector('.deck-card-link');
    expect(new URL(page.url()).pathname).toBe('/safe-internet/');
  });
});
