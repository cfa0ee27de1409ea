import type { DeckModule } from '../../slides/types';
import { currentLang, otherLang, t, toggleLang } from '../i18n/language';
import type { Address } from '../page/address';
import { choicesOf, type PageContext } from '../page/context';
import { syncSpeakerView, type Command } from '../state/speaker-sync';
import { createViewStore, nextScreenMode, type ViewStore } from '../state/view';
import { isDialogOpen } from '../ui/dialog';
import { createHelpDialog } from '../ui/help';
import { createShareButton, createShareDialog, publicDeckUrl, shareUrl } from '../ui/share';
import { createLanguageButton, createScreenModeButton, createTextLink, mountToolbar } from '../ui/toolbar';
import { drawClosingQrCodes, drawQrNearEnd } from './closing-qr';
import { keyboardFor } from './keys';
import { createDeck, type DeckApi } from './reveal';
import { markDeck, markScreenMode, mountSlides, type SlideSections } from './slides';

/** `text` as a CSS string literal, for `content:` through a custom property. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The page's parts a deck runs in, and the page's state it is given. */
export interface DeckPage {
  readonly context: PageContext;
  readonly address: Address;
  /** The `.reveal` element and the toolbar, from index.html. */
  readonly root: HTMLElement;
  readonly toolbar: HTMLElement;
}

/** The address follows the deck: its view and its slide. */
function followInAddress(deck: DeckModule, api: DeckApi, store: ViewStore, address: Address): () => void {
  const show = () => address.show({ deck, view: store.current(), slide: api.position() });
  const stops = [api.onSlideChanged(show), store.onChange(show)];
  return () => stops.forEach((stop) => stop());
}

/** The slides follow the view: the slide on screen at once, the rest after it has been painted. */
function followInSlides(api: DeckApi, store: ViewStore, sections: SlideSections, root: HTMLElement): () => void {
  const render = () => {
    markScreenMode(document.body, store.current());
    void sections.show(store.current(), api.position().h).then(() => drawQrNearEnd(api, root));
    api.contentChanged();
  };
  const stops = [store.onChange(render), api.onSlidesReplaced(render)];
  return () => stops.forEach((stop) => stop());
}

/**
 * Runs one deck: its slides, reveal.js, and the controllers around it (address, slides, keys, toolbar,
 * speaker-view link, closing-slide QR codes). Returns the function that stops them all.
 */
export async function startDeck(deck: DeckModule, { context, address, root, toolbar }: DeckPage): Promise<() => void> {
  markDeck(document.body, deck);
  const isPrint = context.view === 'print';
  const isReceiver = context.view === 'receiver';
  document.body.classList.toggle('receiver', isReceiver);
  const store = createViewStore(choicesOf(context, currentLang()));
  // First, so that reveal.js reads only the options this view allows, and the slide, from the address.
  address.show({ deck, view: store.current(), slide: context.slide });

  root.hidden = false;
  const page = new URL(context.href);
  const deckUrl = { th: publicDeckUrl(deck.id, 'th', page), en: publicDeckUrl(deck.id, 'en', page) };
  const sections = mountSlides(root.querySelector<HTMLElement>('.slides')!, deck, deckUrl);
  // The print view lays out every slide at once: all of them, QR codes included, before reveal.js starts.
  // Elsewhere the slide reveal.js shows first comes first.
  markScreenMode(document.body, store.current());
  const allShown = sections.show(store.current(), isPrint ? undefined : context.slide.h);
  if (isPrint) {
    await drawClosingQrCodes(root);
    root.style.setProperty('--notes-page-heading', cssString(t('notesPageHeading')));
  }

  const commands: Record<Command, () => void> = {
    'toggle-language': () => void toggleLang(),
    'cycle-screen': () => {
      const next = nextScreenMode(currentLang(), store.choices().dual);
      void store.set({ dual: next.dual }, next.lang);
    },
    'toggle-notes': () => void store.set({ notes: otherLang(store.current().notes) }),
  };
  // Keys pressed in the speaker view reach its preview; the preview hands them to the main window.
  const speakerView = syncSpeakerView(deck.id, isReceiver, store, commands);
  const help = createHelpDialog();
  const share = createShareDialog(deck.id);
  const linkToShare = () => shareUrl(context.href, deck.id, currentLang(), api.position());
  const openShare = () => void share.open(linkToShare(), currentLang());

  const api: DeckApi = await createDeck(root, {
    keyboard: keyboardFor({
      'toggle-language': () => speakerView.run('toggle-language'),
      'cycle-screen': () => speakerView.run('cycle-screen'),
      'toggle-notes': () => speakerView.run('toggle-notes'),
      'speaker-view': () => void api.openSpeakerView(),
      share: openShare,
      help: () => help.toggle(currentLang()),
    }),
    keyboardCondition: () => !isDialogOpen(),
    phoneLayout: context.view === 'deck',
    start: context.slide,
  });
  void allShown.then(() => drawQrNearEnd(api, root));

  const stops = [
    followInAddress(deck, api, store, address),
    followInSlides(api, store, sections, root),
    // Load the QR library only as the closing slide comes near.
    api.onSlideChanged(() => drawQrNearEnd(api, root)),
    mountToolbar(toolbar, [
      createTextLink('back-link', './', () => t('backToDecks')),
      createShareButton(linkToShare, openShare),
      createScreenModeButton(store, () => speakerView.run('cycle-screen')),
      createLanguageButton(() => speakerView.run('toggle-language')),
    ]),
    speakerView.dispose,
  ];
  return () => {
    stops.forEach((stop) => stop());
    api.destroy();
  };
}
