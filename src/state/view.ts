import { LANGS, type Lang } from '../../slides/types';
import { changeLang, currentLang, onLangChanged, otherLang } from '../i18n/language';
import { scheduled, type When } from '../render/after-paint';

/** What a deck shows: its main language, the other one beneath (or none), and the notes' language. */
export interface View {
  readonly lang: Lang;
  readonly sub: Lang | null;
  readonly notes: Lang;
}

/** The presenter's choices that are not the language itself. */
export interface ViewChoices {
  /** Show the other language beneath the main one. */
  readonly dual: boolean;
  /** Notes language chosen on purpose; null follows the screen. */
  readonly notes: Lang | null;
}

export const resolveView = (lang: Lang, choices: ViewChoices): View => ({
  lang,
  sub: choices.dual ? otherLang(lang) : null,
  notes: choices.notes ?? lang,
});

/** The screen modes `D` cycles through: Thai only → English only → both (main language as now). */
export function nextScreenMode(lang: Lang, dual: boolean): { lang: Lang; dual: boolean } {
  if (dual) return { lang: LANGS[0], dual: false };
  return lang === LANGS[0] ? { lang: otherLang(lang), dual: false } : { lang, dual: true };
}

/** Holds the presenter's choices and tells listeners the resolved view after any change, language included. */
export function createViewStore(initial: ViewChoices) {
  let choices = initial;
  const listeners = new Set<() => void>();
  const current = () => resolveView(currentLang(), choices);
  const notify = () => listeners.forEach((listener) => listener());
  onLangChanged(notify, 'before-paint');
  return {
    current,
    choices: () => choices,
    /** Changes the choices and, when given, the language, together: listeners hear one change. */
    async set(next: Partial<ViewChoices>, lang: Lang = currentLang()) {
      choices = { ...choices, ...next };
      if (lang === currentLang()) notify();
      else await changeLang(lang);
    },
    /** Calls `listener` with the view after every change, after the next paint unless asked `before-paint`. */
    onChange(listener: (view: View) => void, when: When = 'after-paint'): () => void {
      const { run, cancel } = scheduled(when, current, listener);
      listeners.add(run);
      return () => {
        listeners.delete(run);
        cancel();
      };
    },
  };
}

export type ViewStore = ReturnType<typeof createViewStore>;
