import './theme/index.css';
import { findDeck } from '../slides/decks';
import { initI18n, isLang, onLangChanged } from './i18n/language';
import { startDeck } from './deck/start';
import { renderLanding } from './ui/landing';
import { applyPageMeta, deckPageMeta, sitePageMeta } from './page/meta';
import { renderNotices, type Notice } from './ui/notices';
import { h } from './render/dom';
import { createLanguageButton } from './ui/toolbar';
import { DECK_PARAM, echoValue, LANG_PARAM, readParam, sanitizeQuery, withParams } from './state/query';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}

async function start(): Promise<void> {
  // Before anything reads the query (reveal.js takes its configuration from it).
  const query = sanitizeQuery(location.search);
  if (query !== location.search)
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  // The speaker view's previews are copies of the deck loaded with `?receiver`.
  const isReceiver = new URLSearchParams(location.search).has('receiver');
  document.body.classList.toggle('receiver', isReceiver);

  const lang = await initI18n();
  const notices: Notice[] = [];
  const langParam = readParam(location.search, LANG_PARAM);
  if (langParam !== null && !isLang(langParam))
    notices.push({ key: 'unknownLanguage', params: { value: echoValue(langParam) } });
  const deckId = readParam(location.search, DECK_PARAM);
  const deck = deckId === null ? undefined : findDeck(deckId);
  if (deckId !== null && !deck) notices.push({ key: 'unknownDeck', params: { value: echoValue(deckId) } });

  const noticeRegion = byId('notices');
  const showPage = (next: typeof lang) => {
    document.documentElement.lang = next;
    applyPageMeta(deck ? deckPageMeta(deck, next) : sitePageMeta(next));
    renderNotices(noticeRegion, notices);
  };
  onLangChanged(showPage);
  showPage(lang);

  const toolbar = byId('toolbar');
  if (deck) {
    await startDeck(deck, {
      root: byId('deck'),
      toolbar,
      isReceiver,
      notify: (notice) => {
        notices.push(notice);
        renderNotices(noticeRegion, notices);
      },
    });
    return;
  }
  toolbar.append(createLanguageButton());
  const landing = byId('landing');
  landing.hidden = false;
  const showLanding = (next: typeof lang) => {
    renderLanding(landing, next);
    history.replaceState(history.state, '', withParams(location.href, { [LANG_PARAM]: next }));
  };
  onLangChanged(showLanding);
  showLanding(lang);
}

start().catch((error: unknown) => {
  // Last resort: say what happened rather than leave a blank page.
  console.error(error);
  document.body.append(
    h('p', { class: 'fatal-error', role: 'alert' }, ['The deck could not start. / ไม่สามารถเปิดสไลด์ได้']),
  );
});
