import './theme/index.css';
import { startDeck } from './deck/start';
import type { Lang } from '../slides/types';
import { currentLang, initI18n, onLangChanged, toggleLang } from './i18n/language';
import { createAddress } from './page/address';
import { readPage, readPageContext } from './page/context';
import { applyPageMeta, deckPageMeta, sitePageMeta } from './page/meta';
import { nextTask } from './render/after-paint';
import { byId, h } from './render/dom';
import { renderFramedNotice } from './ui/framed-notice';
import { createHelpDialog } from './ui/help';
import { renderLanding } from './ui/landing';
import { listenForLandingKeys } from './ui/landing-keys';
import { renderNotices } from './ui/notices';
import { createLanguageButton, mountToolbar } from './ui/toolbar';

async function start(): Promise<void> {
  // The page's state is read here, once; from now on only the address module writes the address.
  const context = readPageContext(readPage(location, document.documentElement, window));
  // A `<meta>` Content-Security-Policy cannot forbid framing (frame-ancestors): another site framing the
  // deck gets a notice and a link, no deck to drive or read.
  if (context.view === 'foreign-frame') return renderFramedNotice(document.body, context.href);
  const address = createAddress(context);
  const lang = await initI18n(context.lang);

  const notices = [...context.notices];
  const noticeRegion = byId('notices');
  const showPage = (next: Lang) => {
    document.documentElement.lang = next;
    applyPageMeta(context.deck ? deckPageMeta(context.deck, next) : sitePageMeta(next));
    renderNotices(noticeRegion, notices);
  };
  onLangChanged(showPage);
  showPage(lang);

  const toolbar = byId('toolbar');
  if (context.deck) {
    // index.html holds the landing page in its HTML; a deck opened there takes the page.
    byId('landing').hidden = true;
    await nextTask();
    await startDeck(context.deck, { context, address, root: byId('deck'), toolbar });
    return;
  }
  mountToolbar(toolbar, [createLanguageButton()]);
  const help = createHelpDialog();
  listenForLandingKeys({ 'toggle-language': () => void toggleLang(), help: () => help.toggle(currentLang()) });
  const landing = byId('landing');
  landing.hidden = false;
  const showLanding = (next: Lang) => {
    // The page's HTML holds the landing page in its language (vite/prerender.ts): kept when it is the one to show.
    if (landing.lang !== next || !landing.firstElementChild) renderLanding(landing, next);
    landing.lang = next;
    address.show({ deck: null, lang: next });
  };
  onLangChanged(showLanding, 'before-paint');
  showLanding(lang);
}

start().catch((error: unknown) => {
  // Last resort: say what happened rather than leave a blank page.
  console.error(error);
  document.body.append(
    h('p', { class: 'fatal-error', role: 'alert' }, ['The deck could not start. / ไม่สามารถเปิดสไลด์ได้']),
  );
});
