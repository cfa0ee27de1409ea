import type { DeckModule } from '../../slides/types';
import { createDeck, type DeckApi } from './reveal';
import { onDeckPage } from '../page/links';
import { mountSlides } from './slides';
import { currentLang, otherLang, t, toggleLang } from '../i18n/language';
import { drawClosingQrCodes } from './closing-qr';
import { isDialogOpen } from '../ui/dialog';
import { createHelpDialog } from '../ui/help';
import type { Notice } from '../ui/notices';
import { h } from '../render/dom';
import { createLanguageButton, createScreenModeButton } from '../ui/toolbar';
import { createShareButton, createShareDialog, publicDeckUrl, shareUrl } from '../ui/share';
import { isPrintView, requestedSlideIndex } from '../state/query';
import { createViewStore, nextScreenMode, readChoices, viewHref, type View } from '../state/view';
import { openViewChannel, type Command } from '../state/speaker-sync';

/** `text` as a CSS string literal, for `content:` through a custom property. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

const KEY = { L: 76, D: 68, T: 84, Q: 81, SLASH: 191 } as const;

export interface DeckPage {
  /** The page's parts from index.html. */
  readonly root: HTMLElement;
  readonly toolbar: HTMLElement;
  /** A copy of the deck inside the speaker view, which follows the main window. */
  readonly isReceiver: boolean;
  /** Adds a notice about the URL and shows it. */
  readonly notify: (notice: Notice) => void;
}

/** Runs one deck: its slides, reveal.js, the toolbar, the keys, and the link to the speaker view. */
export async function startDeck(deck: DeckModule, page: DeckPage): Promise<DeckApi> {
  document.body.dataset['deck'] = deck.id;
  document.body.dataset['accent'] = deck.accent;
  const store = createViewStore(readChoices(location.search, currentLang()));
  const channel = openViewChannel(deck.id);
  const help = createHelpDialog();
  const share = createShareDialog(deck.id);
  const linkToShare = () => shareUrl(location.href, deck.id, currentLang());
  const openShare = () => void share.open(linkToShare(), currentLang());

  const commands: Record<Command, () => void> = {
    'toggle-language': () => void toggleLang(),
    'cycle-screen': () => {
      const next = nextScreenMode(currentLang(), store.choices().dual);
      void store.set({ dual: next.dual }, next.lang);
    },
    'toggle-notes': () => void store.set({ notes: otherLang(store.current().notes) }),
  };
  // Keys pressed in the speaker view reach its preview; the preview hands them to the main window.
  const run = (command: Command) => (page.isReceiver ? channel.sendCommand(command) : commands[command]());

  const back = h('a', { class: 'back-link', href: './' }, [t('backToDecks')]);
  page.toolbar.prepend(back);
  page.toolbar.append(
    createShareButton(linkToShare, openShare),
    createScreenModeButton(store, () => run('cycle-screen')),
    createLanguageButton(),
  );

  // Read before reveal.js clamps the hash to a slide that exists.
  const requested = requestedSlideIndex(location.hash);
  page.root.hidden = false;
  const deckUrl = { th: publicDeckUrl(deck.id, 'th'), en: publicDeckUrl(deck.id, 'en') };
  const sections = mountSlides(page.root.querySelector<HTMLElement>('.slides')!, deck, deckUrl);
  // The print view lays out every slide at once: all of them, QR codes included, before reveal.js starts.
  const isPrint = isPrintView(location.search);
  // Elsewhere the slide reveal.js shows first comes first (it clamps a slide past the end to the last).
  const allShown = sections.show(
    store.current(),
    isPrint ? undefined : Math.min(requested ?? 0, deck.slides.length - 1),
  );
  if (isPrint) {
    await drawClosingQrCodes(page.root);
    page.root.style.setProperty('--notes-page-heading', cssString(t('notesPageHeading')));
  }
  const api: DeckApi = await createDeck(page.root, {
    keyBindings: [
      { keyCode: KEY.L, run: () => run('toggle-language') },
      { keyCode: KEY.D, run: () => run('cycle-screen') },
      { keyCode: KEY.T, run: () => run('toggle-notes') },
      { keyCode: KEY.Q, run: openShare },
      // `?` is Shift + `/`; a plain `/` keeps reveal.js's meaning, pause.
      { keyCode: KEY.SLASH, run: (event) => (event.shiftKey ? help.toggle(currentLang()) : api.togglePause()) },
    ],
    keyboardCondition: () => !isDialogOpen(),
  });

  // Load the QR library only as the closing slide comes near.
  const drawQrNearEnd = (index: number) => {
    if (index >= api.totalSlides() - 2) void drawClosingQrCodes(page.root);
  };
  api.onSlideChanged(drawQrNearEnd);
  void allShown.then(() => drawQrNearEnd(api.currentIndex()));

  // The page around the slides: its type sizes for the screen mode, and a URL that reloads the same view.
  const reflectView = (view: View) => {
    document.body.dataset['screen'] = view.sub ? 'dual' : 'single';
    history.replaceState(history.state, '', onDeckPage(viewHref(location.href, view), deck.id, view.lang));
  };
  reflectView(store.current());
  store.onChange((view) => {
    void sections.show(view, api.currentIndex()).then(() => drawQrNearEnd(api.currentIndex()));
    back.textContent = t('backToDecks');
    reflectView(view);
    api.contentChanged();
    if (!page.isReceiver) channel.publishView(view);
  });

  if (page.isReceiver) {
    channel.onView((view) => void store.set({ dual: view.sub !== null, notes: view.notes }, view.lang));
  } else {
    channel.onCommand((command) => commands[command]());
  }

  if (requested !== null && requested >= api.totalSlides()) {
    page.notify({ key: 'slideOutOfRange', params: { requested: requested + 1, total: api.totalSlides() } });
  }
  return api;
}
