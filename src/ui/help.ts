import type { Lang } from '../../slides/types';
import { t } from '../i18n/language';
import { closeButton, createDialog } from './dialog';
import { h } from '../render/dom';
import { keepCompounds } from '../render/text';
import { KEY_TABLE } from '../deck/keys';

/** The `?` overlay: every shortcut, reveal.js's and ours, in `lang`. */
export interface HelpDialog {
  /** Opens the overlay in `lang`, or closes it when it is open. */
  toggle(lang: Lang): void;
  readonly isOpen: () => boolean;
}

/** The `?` overlay, on this page or on `host` (the speaker view's window). */
export function createHelpDialog(host: Document = document): HelpDialog {
  const dialog = createDialog('help', 'help-title', 'help', host);
  const render = (lang: Lang) => {
    dialog.lang = lang;
    dialog.replaceChildren(
      h('div', { class: 'help-content' }, [
        // The list is taller than a phone: opening on its title, not on the close button below it.
        h('h2', { id: 'help-title', tabindex: '-1', autofocus: '' }, [t('helpTitle', { lng: lang })]),
        h('table', {}, [
          h(
            'tbody',
            {},
            KEY_TABLE.map((shortcut) =>
              h('tr', {}, [
                h(
                  'th',
                  { scope: 'row' },
                  shortcut.keys.flatMap((key, i) => [i > 0 ? ' ' : '', h('kbd', {}, [key])]),
                ),
                h('td', {}, keepCompounds(shortcut.action[lang])),
              ]),
            ),
          ),
        ]),
        closeButton(dialog, t('dismiss', { lng: lang })),
      ]),
    );
  };
  return {
    toggle(lang) {
      if (dialog.open) return dialog.close();
      render(lang);
      dialog.showModal();
    },
    isOpen: () => dialog.open,
  };
}
