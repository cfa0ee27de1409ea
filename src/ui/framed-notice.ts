import { LANGS } from '../../slides/types';
import { UI_TEXT } from '../i18n/ui-text';
import { h } from '../render/dom';

/**
 * What a page framed by another site shows instead of the deck: what happened, and a link that opens
 * the deck on its own, in both languages (the framing page may have chosen neither).
 */
export function renderFramedNotice(root: HTMLElement, href: string): void {
  // The page's HTML may hold the slides or the landing page (prerendered): the notice replaces them all.
  root.replaceChildren(
    h(
      'div',
      { class: 'fatal-error', role: 'alert' },
      LANGS.map((lang) =>
        h('p', { lang }, [
          `${UI_TEXT[lang].framedNotice} `,
          h('a', { href, target: '_blank', rel: 'noopener' }, [UI_TEXT[lang].framedOpen]),
        ]),
      ),
    ),
  );
}
