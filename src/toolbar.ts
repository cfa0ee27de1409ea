import type { Lang } from '../slides/types';
import { currentLang, onLangChanged, otherLang, t, toggleLang } from './i18n';
import { h } from './render/dom';
import type { View, ViewStore } from './view';

/** The language button: shows the other language's name, in that language, and says what it does. */
export function createLanguageButton(): HTMLButtonElement {
  const label = h('span', {});
  const button = h('button', { type: 'button', class: 'lang-toggle' }, [label]);
  const update = (lang: Lang) => {
    button.setAttribute('aria-label', t('switchLanguage'));
    label.lang = otherLang(lang);
    label.textContent = t('otherLanguageName');
  };
  button.addEventListener('click', () => void toggleLang());
  update(currentLang());
  onLangChanged(update);
  return button;
}

const SHORT_NAMES: Record<Lang, string> = { th: 'ไทย', en: 'EN' };

/** Describes a view's on-screen languages, e.g. "Thai only" or "Thai with English beneath". */
export function describeScreen(view: View): string {
  const name = (lang: Lang) => t(lang === 'th' ? 'langName_th' : 'langName_en');
  return view.sub ? t('modeDual', { main: name(view.lang), sub: name(view.sub) }) : t('modeSingle', { lang: name(view.lang) });
}

/** The screen-mode button (`D`): shows the current on-screen languages; a press moves to the next mode. */
export function createScreenModeButton(store: ViewStore, cycle: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'screen-mode' });
  const update = (view: View) => {
    button.setAttribute('aria-label', t('screenMode', { mode: describeScreen(view) }));
    button.replaceChildren(
      h('span', { lang: view.lang }, [SHORT_NAMES[view.lang]]),
      ...(view.sub ? [' + ', h('span', { lang: view.sub }, [SHORT_NAMES[view.sub]])] : []),
    );
  };
  button.addEventListener('click', cycle);
  update(store.current());
  store.onChange(update);
  return button;
}
