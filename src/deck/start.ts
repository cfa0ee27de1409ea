import type { DeckModule } from '../../slides/types';
import { currentLang, otherLang, t, toggleLang } from '../i18n/language';
import type { Address } from '../page/address';
import { choicesOf, type PageContext } from '../page/context';
import { nameSlideInTitle } from '../page/meta';
import { ownChannelId, syncSpeakerView, type Command } from '../state/speaker-sync';
import { nextTask } from '../render/after-paint';
import { createViewStore, nextScreenMode, type ViewStore } from '../state/view';
import { isDialogOpen } from '../ui/dialog';
import { createHelpDialog } from '../ui/help';
import { createShareButton, createShareDialog, publicDeckUrl, shareUrl } from '../ui/share';
import { createLiveControl } from '../ui/live-control';
import {
  createLanguageButton,
  createScreenModeButton,
  createSlideNumber,
  createTextLink,
  mountToolbar,
} from '../ui/toolbar';
import { autoHideChrome } from './auto-hide';
import { drawClosingQrCodes, drawQrNearEnd } from './closing-qr';
import { keyboardFor, type KeyCommand } from './keys';
import { createDeck, type DeckApi } from './reveal';
import { markDeck, markScreenMode, mountSlides, type SlideSections } from './slides';
import { createSpeakerView, type SpeakerView } from './speaker-view';

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

/**
 * The slides follow the view: the slide on screen before the next paint, the rest after it; reveal.js and the
 * speaker view hear of the new words once the slide has been painted.
 */
function followInSlides(api: DeckApi, store: ViewStore, sections: SlideSections, root: HTMLElement): () => void {
  const render = () => {
    markScreenMode(document.body, store.current());
    void sections.show(store.current(), api.position().h).then(() => drawQrNearEnd(api, root));
  };
  const stops = [
    store.onChange(render, 'before-paint'),
    store.onChange(() => api.contentChanged()),
    api.onSlidesReplaced(() => {
      render();
      api.contentChanged();
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

/** On a phone, reading the deck in reveal.js's scroll view (its portrait frame), the browser's title names the slide. */
function followInTitle(deck: DeckModule, api: DeckApi, store: ViewStore, root: HTMLElement): () => void {
  const name = () => {
    const slide = deck.slides[api.position().h];
    const reading = root.dataset['frame'] === 'portrait';
    nameSlideInTitle(reading && slide ? slide.text[store.current().lang].title : null);
  };
  name();
  const stops = [api.onSlideChanged(name), api.onSlidesReplaced(name), store.onChange(name)];
  return () => {
    stops.forEach((stop) => stop());
    nameSlideInTitle(null);
  };
}

/**
 * Runs one deck: its slides, reveal.js, and the controllers around it (address, slides, keys, toolbar and its
 * auto-hide, the phone's title, speaker-view link, closing-slide QR codes). Returns the function that stops them all.
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
    // Loaded only here, as the live client is only with a relay: the audience's first load carries neither.
    if (context.handout) {
      const { prepareHandout } = await import('../print/handout');
      prepareHandout(root, deck, context.handout, store.current().lang);
    }
  }

  const help = createHelpDialog();
  const share = createShareDialog(deck.id);
  const linkToShare = () => shareUrl(page, deck.id, currentLang(), api.position());
  const toggleShare = () => void share.toggle(linkToShare(), currentLang());

  // What the main window does when its speaker view asks (keys typed there or in its previews).
  const commands: Record<Command, () => void> = {
    'toggle-language': () => void toggleLang(),
    'cycle-screen': () => {
      const next = nextScreenMode(currentLang(), store.choices().dual);
      void store.set({ dual: next.dual }, next.lang);
    },
    'toggle-notes': () => void store.set({ notes: otherLang(store.current().notes) }),
    // On the projector, where the audience can scan it.
    share: toggleShare,
    // In the speaker view, for the speaker's eyes only.
    help: () => speakerView?.toggleHelp(),
  };
  // The main window's own channel; a preview follows the one its address names.
  const channelId = isReceiver ? context.speakerChannel : ownChannelId();
  const speakerSync = syncSpeakerView(deck.id, { channelId, isReceiver }, store, commands);
  // A preview passes the deck's keys on to its main window; it has no speaker view of its own.
  const keys: Record<KeyCommand, () => void> = isReceiver
    ? {
        'toggle-language': () => speakerSync.run('toggle-language'),
        'cycle-screen': () => speakerSync.run('cycle-screen'),
        'toggle-notes': () => speakerSync.run('toggle-notes'),
        share: () => speakerSync.run('share'),
        help: () => speakerSync.run('help'),
        'speaker-view': () => undefined,
      }
    : {
        ...commands,
        help: () => help.toggle(currentLang()),
        'speaker-view': () => void speakerView?.open(),
      };

  // reveal.js's start is one long task of its own; ours comes before it in another.
  await nextTask();
  const api: DeckApi = await createDeck(root, {
    keyboard: keyboardFor(keys),
    keyboardCondition: () => !isDialogOpen(),
    phoneLayout: context.view === 'deck',
    start: context.slide,
    // Only a preview is driven through reveal.js's postMessage API, by its speaker view.
    postMessage: isReceiver,
    isFile: page.protocol === 'file:',
  });
  const speakerView: SpeakerView | null =
    context.view === 'deck' && channelId !== null
      ? createSpeakerView(api, { deck, context, store, channelId, commands })
      : null;
  speakerSync.started(() => api.contentChanged());
  void allShown.then(() => drawQrNearEnd(api, root));
  let rejoinLive = () => {};
  const liveControl = createLiveControl(() => rejoinLive());

  const stops = [
    followInAddress(deck, api, store, address),
    followInSlides(api, store, sections, root),
    // Load the QR library only as the closing slide comes near.
    api.onSlideChanged(() => drawQrNearEnd(api, root)),
    mountToolbar(toolbar, [
      createTextLink('back-link', './', () => t('backToDecks')),
      createShareButton(linkToShare, toggleShare),
      createScreenModeButton(store, () => speakerSync.run('cycle-screen')),
      createLanguageButton(() => speakerSync.run('toggle-language')),
      liveControl,
      createSlideNumber(() => ({ index: api.position().h, total: api.totalSlides() }), api.onSlideChanged),
    ]),
    autoHideChrome(toolbar),
    followInTitle(deck, api, store, root),
    speakerSync.dispose,
    ...(speakerView ? [speakerView.dispose] : []),
  ];
  if (context.relay) {
    const { connectLive } = await import('./live');
    const live = await connectLive(deck.id, context.relay, api, (view) => {
      liveControl.show(view);
      // The speaker sees the count where they look during the talk, too.
      if (view.kind === 'presenting') speakerView?.showFollowers(view.followers);
    });
    rejoinLive = live.rejoin;
    stops.push(live.dispose);
  }
  return () => {
    stops.forEach((stop) => stop());
    api.destroy();
  };
}
