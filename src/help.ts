import type { Lang } from '../slides/types';
import { t } from './i18n';
import { h } from './render/dom';
import { SHORTCUTS } from './shortcuts';

/** The `?` overlay: every shortcut, reveal.js's and ours, in the current language. */
export function createHelpDialog(): { toggle(lang: Lang): void } {
  const dialog = h('dialog', { class: 'help', 'aria-labelledby': 'help-title' });
  document.body.append(dialog);
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  const render = (lang: Lang) => {
    const close = h('button', { type: 'button', class: 'dialog-button' }, [t('dismiss')]);
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      h('div', { class: 'help-content' }, [
        h('h2', { id: 'help-title' }, [t('helpTitle')]),
        h('table', {}, [
          h(
            'tbody',
            {},
            SHORTCUTS.map((shortcut) =>
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
        close,
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

/** True while a modal dialog is open: the deck's keys must not act behind it. */
export const isDialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;
