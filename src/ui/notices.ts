import type { UiText } from '../i18n/ui-text';
import { t } from '../i18n/language';
import { h } from '../render/dom';

/** A message about the URL the visitor came with, kept as a key so it follows language changes. */
export interface Notice {
  readonly key: keyof UiText;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Shows notices in a polite live region, each with a dismiss button; re-render on language change. */
export function renderNotices(region: HTMLElement, notices: Notice[]): void {
  region.replaceChildren(
    ...notices.map((notice, index) =>
      h('div', { class: 'notice' }, [
        h('p', {}, [t(notice.key, notice.params)]),
        dismissButton(() => {
          notices.splice(index, 1);
          renderNotices(region, notices);
        }),
      ]),
    ),
  );
}

function dismissButton(onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'notice-dismiss', 'aria-label': t('dismiss') }, ['×']);
  button.addEventListener('click', onClick);
  return button;
}
