// The build's side of the renderers: vite/prerender.ts loads this module through Vite's module runner and
// calls it with a DOM of its own (linkedom) as `document`, so the HTML of every page comes from the very
// functions that render it in the browser.
import type { DeckModule, Lang } from '../../slides/types';
import { frameCustomProperties } from '../deck/frames';
import { markDeck, markScreenMode, mountSlides } from '../deck/slides';
import { deckPageFile } from '../page/deck-page';
import { deckHref } from '../page/query';
import { UI_TEXT } from '../i18n/ui-text';
import { initI18n, otherLang } from '../i18n/language';
import { publicDeckUrl } from '../ui/share';
import { renderLanding } from '../ui/landing';
import { byId, h } from './dom';

// What the build knows of the address a page will be opened from: nothing, so the closing slide's QR code
// shows VITE_PUBLIC_URL where the build sets it and none otherwise; the page draws its own when it differs.
const BUILD_ADDRESS = new URL('http://localhost/');

/**
 * Links for a visitor who runs no script (the toolbar is drawn by script): the deck list and this deck in
 * the other language. slides.css hides them where script runs.
 */
const renderStaticLinks = (deck: DeckModule, lang: Lang): HTMLElement => {
  const other = otherLang(lang);
  return h('nav', { class: 'static-links', 'aria-label': deck.about[lang].title }, [
    h('a', { href: './' }, [UI_TEXT[lang].backToDecks]),
    h('a', { href: deckPageFile(deck.id, other) + deckHref(deck.id, other), hreflang: other, lang: other }, [
      UI_TEXT[lang].otherLanguageName,
    ]),
  ]);
};

/**
 * A deck page's body as the deck shows it in `lang` before any script has run: the deck's colours, every
 * slide in its section (as `mountSlides` renders it in the browser, which then adopts them), the frames'
 * sizes for the pre-script layout, and links for readers without script.
 */
export function prerenderDeck(deck: DeckModule, lang: Lang): void {
  const view = { lang, sub: null, notes: lang };
  markDeck(document.body, deck);
  markScreenMode(document.body, view);
  const root = byId('deck');
  root.removeAttribute('hidden');
  // Its slides read as a document until script frames them (slides.css).
  root.setAttribute('data-prerendered', '');
  root.setAttribute('style', frameCustomProperties());
  const deckUrl = { th: publicDeckUrl(deck.id, 'th', BUILD_ADDRESS), en: publicDeckUrl(deck.id, 'en', BUILD_ADDRESS) };
  // Without a first slide, `show` renders every slide at once.
  void mountSlides(root.querySelector<HTMLElement>('.slides')!, deck, deckUrl).show(view);
  root.before(renderStaticLinks(deck, lang));
}

/** The landing page's body in `lang`, as the browser renders it (it keeps it when its language is the same). */
export async function prerenderLanding(lang: Lang): Promise<void> {
  await initI18n(lang);
  const landing = byId('landing');
  landing.removeAttribute('hidden');
  landing.lang = lang;
  renderLanding(landing, lang);
}
