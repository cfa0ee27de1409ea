import './theme/index.css';
import { findDeck } from '../slides/decks';
import type { DeckModule, Lang } from '../slides/types';
import { createDeck } from './deck';
import { mountSlides } from './deck-view';
import { changeLang, currentLang, initI18n, isLang, LANG_PARAM, LANG_STORAGE_KEY, onLangChanged, t } from './i18n';
import { renderLanding } from './landing';
import { createLanguageButton, syncPageLanguage, toggleLanguage } from './language-toggle';
import { renderNotices, type Notice } from './notices';
import { h } from './render/dom';
import { DECK_PARAM, echoValue, readParam, requestedSlideIndex, sanitizeQuery } from './url-state';

const L_KEY = 76;

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

// The speaker view's previews are copies of the deck loaded with `?receiver`.
const isReceiver = /[?&]receiver/i.test(location.search);

async function start(): Promise<void> {
  // Before anything reads the query (reveal.js takes its configuration from it).
  const query = sanitizeQuery(location.search);
  if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  document.body.classList.toggle('receiver', isReceiver);
  const lang = await initI18n();
  const notices: Notice[] = [];
  const langParam = readParam(location.search, LANG_PARAM);
  if (langParam !== null && !isLang(langParam)) notices.push({ key: 'unknownLanguage', params: { value: echoValue(langParam) } });
  const deckId = readParam(location.search, DECK_PARAM);
  const deck = deckId === null ? undefined : findDeck(deckId);
  if (deckId !== null && !deck) notices.push({ key: 'unknownDeck', params: { value: echoValue(deckId) } });

  const noticeRegion = byId('notices');
  const toolbar = byId('toolbar');
  toolbar.append(createLanguageButton());
  const showPage = (next: Lang) => {
    syncPageLanguage(next);
    document.title = deck ? `${deck.about[next].title}` : t('siteTitle');
    renderNotices(noticeRegion, notices);
  };
  onLangChanged(showPage);
  showPage(lang);

  if (deck) await startDeck(deck, lang, notices, () => renderNotices(noticeRegion, notices));
  else startLanding(lang);
}

function startLanding(lang: Lang): void {
  const landing = byId('landing');
  landing.hidden = false;
  renderLanding(landing, lang);
  onLangChanged((next) => renderLanding(landing, next));
}

async function startDeck(deck: DeckModule, lang: Lang, notices: Notice[], showNotices: () => void): Promise<void> {
  document.body.dataset['deck'] = deck.id;
  document.body.dataset['accent'] = deck.accent;
  const back = h('a', { class: 'back-link', href: './' }, [t('backToDecks')]);
  byId('toolbar').prepend(back);
  const root = byId('deck');
  root.hidden = false;
  // Read before reveal.js clamps the hash to a slide that exists.
  const requested = requestedSlideIndex(location.hash);
  const sections = mountSlides(root.querySelector<HTMLElement>('.slides')!, deck, lang);
  const api = await createDeck(root, {
    keyBindings: [{ keyCode: L_KEY, key: 'L', description: t('switchLanguage'), run: () => void toggleLanguage() }],
  });
  onLangChanged((next) => {
    sections.setLang(next);
    back.textContent = t('backToDecks');
    api.contentChanged();
  });

  if (requested !== null && requested >= api.totalSlides()) {
    notices.push({ key: 'slideOutOfRange', params: { requested: requested + 1, total: api.totalSlides() } });
    showNotices();
  }
  if (isReceiver) followLanguageOfOtherWindows();
}

// The speaker view's previews follow the main window's language through the remembered choice.
function followLanguageOfOtherWindows(): void {
  window.addEventListener('storage', (event) => {
    if (event.key === LANG_STORAGE_KEY && isLang(event.newValue) && event.newValue !== currentLang()) {
      void changeLang(event.newValue);
    }
  });
}

start().catch((error: unknown) => {
  // Last resort: say what happened rather than leave a blank page.
  console.error(error);
  document.body.append(h('p', { class: 'fatal-error', role: 'alert' }, ['The deck could not start. / ไม่สามารถเปิดสไลด์ได้']));
});
