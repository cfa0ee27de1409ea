import type { Lang } from '../slides/types';
import { changeLang, currentLang, LANG_PARAM, onLangChanged, otherLang, t } from './i18n';
import { h } from './render/dom';
import { withParams } from './url-state';

/** Switches between Thai and English. */
export const toggleLanguage = (): Promise<void> => changeLang(otherLang(currentLang()));

/** The visible toggle: shows the other language's name, in that language, with a full accessible name. */
export function createLanguageButton(): HTMLButtonElement {
  const label = h('span', {});
  const button = h('button', { type: 'button', class: 'lang-toggle' }, [label]);
  const update = (lang: Lang) => {
    button.setAttribute('aria-label', t('switchLanguage'));
    label.lang = otherLang(lang);
    label.textContent = t('otherLanguageName');
  };
  button.addEventListener('click', () => void toggleLanguage());
  update(currentLang());
  onLangChanged(update);
  return button;
}

/** Keeps `<html lang>` and the URL's `lang` in step with the language, so reloads and shared links keep it. */
export function syncPageLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  history.replaceState(history.state, '', withParams(location.href, { [LANG_PARAM]: lang }));
}
