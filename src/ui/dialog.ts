import { t } from '../i18n/language';
import { commandOfKey, type KeyCommand } from '../deck/keys';
import { h } from '../render/dom';

/**
 * A modal dialog on the page (or on `host`, another window's document), named by its heading
 * (`labelledBy`). While it is open, keys act on it, never on the deck behind it (in the speaker view, a
 * listener on the document passes keys on to a preview), and the key of `command`, which opened it,
 * closes it as Esc does; so does a click on its backdrop.
 */
export function createDialog(
  className: string,
  labelledBy: string,
  command: KeyCommand,
  host: Document = document,
): HTMLDialogElement {
  const dialog = h('dialog', { class: className, 'aria-labelledby': labelledBy });
  host.body.append(dialog);
  dialog.addEventListener('keydown', (event) => {
    if (!dialog.open) return;
    event.stopPropagation();
    if (commandOfKey(event.keyCode) !== command) return;
    event.preventDefault();
    dialog.close();
  });
  // Focus left inside a closed dialog would keep the next key from the deck. The event comes a task after
  // the dialog closed: a key pressed at once (Esc, then Q) may have opened it again, focus and all.
  dialog.addEventListener('close', () => {
    if (dialog.open) return;
    const focused = host.activeElement;
    if (focused instanceof host.defaultView!.HTMLElement && dialog.contains(focused)) focused.blur();
  });
  // A click on the backdrop lands on the dialog element itself, outside its content.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  return dialog;
}

/** The button that closes `dialog`, labelled in the current language unless told otherwise. */
export function closeButton(dialog: HTMLDialogElement, label: string = t('dismiss')): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'dialog-button' }, [label]);
  button.addEventListener('click', () => dialog.close());
  return button;
}

/** True while a modal dialog is open: the deck's keys must not act behind it. */
export const isDialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;
