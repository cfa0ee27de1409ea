import { DECKS } from '../../slides/decks';
import type { Lang } from '../../slides/types';
import { deckLink } from '../page/links';
import { renderDownloads } from './downloads';
import { t } from '../i18n/language';
import { h } from '../render/dom';

/** The page without a deck: every deck, linked in the current language. */
export function renderLanding(root: HTMLElement, lang: Lang): void {
  root.replaceChildren(
    h('div', { class: 'landing-inner' }, [
      h('h1', {}, [t('siteTitle')]),
      h('p', { class: 'landing-lead' }, [t('siteDescription')]),
      h('h2', { class: 'landing-choose' }, [t('chooseDeck')]),
      h(
        'ul',
        { class: 'deck-list' },
        DECKS.map((deck) =>
          h('li', { class: 'deck-card', 'data-accent': deck.accent }, [
            h('a', { href: deckLink(deck.id, lang), class: 'deck-card-link' }, [
              h('span', { class: 'deck-card-title' }, [deck.about[lang].title]),
              h('span', { class: 'deck-card-description' }, [deck.about[lang].description]),
              h('span', { class: 'deck-card-count' }, [t('slideCount', { count: deck.slides.length })]),
            ]),
            renderDownloads(deck.id, lang),
          ]),
        ),
      ),
      h('p', { class: 'landing-hint' }, [t('keyboardHint')]),
    ]),
  );
}
