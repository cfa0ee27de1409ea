import i18next, { type InitOptions } from 'i18next';
import { LANGS, type Lang } from '../../slides/types';
import { parseLang } from '../page/query';
import { afterNextPaint, scheduled, type When } from '../render/after-paint';
import { UI_TEXT } from './ui-text';

/** Where the last chosen language is remembered. */
export const LANG_STORAGE_KEY = 'deck-lang';

export const isLang = (value: unknown): value is Lang => LANGS.some((lang) => lang === value);

const OPTIONS: InitOptions = {
  resources: { th: { ui: UI_TEXT.th }, en: { ui: UI_TEXT.en } },
  ns: ['ui'],
  defaultNS: 'ui',
  supportedLngs: [...LANGS],
  fallbackLng: 'en',
  // Text reaches the DOM only through textContent, so HTML-escaping would only garble it.
  interpolation: { escapeValue: false },
};

/**
 * Starts i18next in `lang` when the address names one (the page context has read it; every deck page's
 * address does), else in the remembered choice, then the browser's languages (a Thai browser gets Thai),
 * finally English. Only a page that has to guess loads the language detector.
 */
export async function initI18n(lang: Lang | null): Promise<Lang> {
  if (lang) {
    await i18next.init({ ...OPTIONS, lng: lang });
    return currentLang();
  }
  const { default: LanguageDetector } = await import('i18next-browser-languagedetector');
  await i18next.use(LanguageDetector).init({
    ...OPTIONS,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANG_STORAGE_KEY,
      // Only a visitor's own switch is remembered (changeLang), not a language a link or Back arrived with.
      caches: [],
      // The address's own reading of a language: `th-TH` and `EN` count as `th` and `en`.
      convertDetectedLanguage: (lng) => {
        const request = parseLang(lng);
        return request.kind === 'lang' ? request.lang : lng;
      },
    },
  });
  return currentLang();
}

/** Keeps `lang` where the detector looks first on the next visit; with storage blocked, it lasts this visit. */
function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage is off for this site (a privacy setting): nothing to keep it in.
  }
}

/** The language in force; English until i18next has resolved one. */
export function currentLang(): Lang {
  const lang = i18next.resolvedLanguage;
  return isLang(lang) ? lang : 'en';
}

export const otherLang = (lang: Lang): Lang => (lang === 'th' ? 'en' : 'th');

/** Switches the language and remembers it for the next visit. */
export async function changeLang(lang: Lang): Promise<void> {
  // Remembered once the slide in the new language has been painted: the storage write is synchronous.
  afterNextPaint(() => rememberLang(lang));
  await i18next.changeLanguage(lang);
}

/**
 * Calls `listener` on every language change, after the next paint unless asked `before-paint` (see When);
 * returns the unsubscribe function.
 */
export function onLangChanged(listener: (lang: Lang) => void, when: When = 'after-paint'): () => void {
  const { run, cancel } = scheduled(when, currentLang, listener);
  i18next.on('languageChanged', run);
  return () => {
    i18next.off('languageChanged', run);
    cancel();
  };
}

/** UI strings, typed by `src/i18next.d.ts`. */
export const t = i18next.t.bind(i18next);

/** Switches between Thai and English. */
export const toggleLang = (): Promise<void> => changeLang(otherLang(currentLang()));
