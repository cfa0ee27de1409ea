import { t } from '../i18n/language';
import { h } from '../render/dom';

/**
 * A modal dialog on the page (or on `host`, another window's document), named by its heading
 * (`labelledBy`); a click on its backdrop closes it.
 */
export function createDialog(className: string, labelledBy: string, host: Document = document): HTMLDialogElement {
  const dialog = h('dialog', { class: className, 'aria-labelledby': labelledBy });
  host.body.append(dialog);
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
