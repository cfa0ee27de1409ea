import type { Lang } from '../../slides/types';
import { t } from '../i18n/language';
import { closeButton, createDialog } from './dialog';
import { h } from '../render/dom';
import { KEY_TABLE } from '../deck/keys';

/** The `?` overlay: every shortcut, reveal.js's and ours, in the current language. */
export function createHelpDialog(): { toggle(lang: Lang): void } {
  const dialog = createDialog('help', 'help-title');
  const render = (lang: Lang) => {
    dialog.replaceChildren(
      h('div', { class: 'help-content' }, [
        // The list is taller than a phone: opening on its title, not on the close button below it.
        h('h2', { id: 'help-title', tabindex: '-1', autofocus: '' }, [t('helpTitle')]),
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
                h('td', {}, [shortcut.action[lang]]),
              ]),
            ),
          ),
        ]),
        closeButton(dialog),
      ]),
    );
  };
  return {
    toggle(lang) {
      if (dialog.open) return dialog.close();
      render(lang);
      dialog.showModal();
    },
  };
}
