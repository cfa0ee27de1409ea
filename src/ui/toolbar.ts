import type { Lang } from '../../slides/types';
import { currentLang, onLangChanged, otherLang, t, toggleLang } from '../i18n/language';
import { h } from '../render/dom';
import type { View, ViewStore } from '../state/view';

// Read by screen readers, not shown: the accessible name then contains the visible label (WCAG 2.5.3).
const hiddenPrefix = (text: string) => h('span', { class: 'visually-hidden' }, [`${text} `]);

/** A toolbar control: its element, and how to stop it following the page's state. */
export interface Control {
  readonly element: HTMLElement;
  readonly dispose: () => void;
}

/** The language button: shows the other language's name, in that language, and says what it does. */
export function createLanguageButton(toggle: () => void = () => void toggleLang()): Control {
  const button = h('button', { type: 'button', class: 'lang-toggle' });
  const update = (lang: Lang) => {
    button.replaceChildren(
      hiddenPrefix(t('switchLanguage')),
      h('span', { lang: otherLang(lang) }, [t('otherLanguageName')]),
    );
  };
  button.addEventListener('click', toggle);
  update(currentLang());
  return { element: button, dispose: onLangChanged(update) };
}

const SHORT_NAMES: Record<Lang, string> = { th: 'ไทย', en: 'EN' };

/** Describes a view's on-screen languages, e.g. "Thai only" or "Thai with English beneath". */
function describeScreen(view: View): string {
  const name = (lang: Lang) => t(`langName_${lang}`);
  return view.sub
    ? t('modeDual', { main: name(view.lang), sub: name(view.sub) })
    : t('modeSingle', { lang: name(view.lang) });
}

/** The screen-mode button (`D`): shows the current on-screen languages; a press moves to the next mode. */
export function createScreenModeButton(store: ViewStore, cycle: () => void): Control {
  const button = h('button', { type: 'button', class: 'screen-mode' });
  const update = (view: View) => {
    button.title = t('screenMode', { mode: describeScreen(view) });
    button.replaceChildren(
      hiddenPrefix(t('screenModePrefix')),
      h('span', { lang: view.lang }, [SHORT_NAMES[view.lang]]),
      ...(view.sub ? [' + ', h('span', { lang: view.sub }, [SHORT_NAMES[view.sub]])] : []),
    );
  };
  button.addEventListener('click', cycle);
  update(store.current());
  return { element: button, dispose: store.onChange(update) };
}

/** A link whose text follows the language. */
export function createTextLink(className: string, href: string, text: () => string): Control {
  const link = h('a', { class: className, href }, [text()]);
  return { element: link, dispose: onLangChanged(() => (link.textContent = text())) };
}

/**
 * The slide number, "4 / 10", for the phone's scroll view, which shows no slide number of its own (reveal.js
 * hides its `slideNumber` there); the theme shows it only there, where the slides' own numbers are hidden.
 */
export function createSlideNumber(
  position: () => { readonly index: number; readonly total: number },
  onChange: (listener: () => void) => () => void,
): Control {
  const element = h('p', { class: 'toolbar-slide-number' });
  const update = () => {
    const { index, total } = position();
    element.replaceChildren(hiddenPrefix(t('slideNumberPrefix')), `${index + 1} / ${total}`);
  };
  update();
  const stops = [onChange(update), onLangChanged(update)];
  return { element, dispose: () => stops.forEach((stop) => stop()) };
}

/** Puts `controls` in the toolbar, in order; the returned function takes them out again. */
export function mountToolbar(toolbar: HTMLElement, controls: readonly Control[]): () => void {
  toolbar.replaceChildren(...controls.map((control) => control.element));
  return () => {
    controls.forEach((control) => control.dispose());
    toolbar.replaceChildren();
  };
}
