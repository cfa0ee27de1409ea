import Reveal, { type RevealApi, type RevealConfig, type RevealState } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import type { SlidePosition } from '../page/query';
import { CHROME_IDLE_MS } from './auto-hide';
import { FRAME_MARGIN, FRAMES, SCALE_LIMITS, SCROLL_ACTIVATION_WIDTH, type Frame } from './frames';
import { DECK_TRANSITIONS } from './transitions';

// reveal.js 6 has this method (js/reveal.js's API object) but its typings leave it out.
declare module 'reveal.js' {
  interface RevealApi {
    /** True while the scroll view (reveal.js's phone layout) is active. */
    isScrollView(): boolean;
  }
}

/** The part of reveal.js the rest of the engine uses. */
export interface DeckApi {
  /** Where the deck is: slide, vertical index, fragment. */
  position(): SlidePosition;
  /** How many slides the deck has. */
  totalSlides(): number;
  /** Goes to a position (in the scroll view, scrolls it into view). */
  slide(position: SlidePosition): void;
  /** Calls `listener` with the new position after every slide or fragment change; returns the unsubscribe function. */
  onSlideChanged(listener: (position: SlidePosition) => void): () => void;
  /**
   * Calls `listener` after reveal.js has rebuilt the slides' DOM (leaving or entering the phone's scroll
   * view restores the sections from HTML it kept): their content must be rendered again.
   */
  onSlidesReplaced(listener: () => void): () => void;
  /** Tells reveal.js and the speaker view that the slides' content changed in place. */
  contentChanged(): void;
  /**
   * Opens the speaker view (loading the notes plugin on first use), or brings the open one forward; a
   * speaker view a reload has emptied is replaced.
   */
  openSpeakerView(setup: SpeakerViewSetup): Promise<void>;
  /**
   * Calls `listener` with the speaker view's window whenever this deck gets one: opened with `S`, or an
   * open one calling again after this window reloaded. Returns the unsubscribe function.
   */
  onSpeakerView(listener: (speaker: Window) => void): () => void;
  /** Stops reveal.js and removes its listeners. */
  destroy(): void;
}

/** What the speaker view reads from the deck as it opens. */
export interface SpeakerViewSetup {
  /** The address its previews load, without hash (reveal.js's `url` option, which the notes plugin reads). */
  readonly previewUrl: string;
  /** The talk's length in seconds (reveal.js's `totalTime`): set, it turns on pacing, by each slide's `data-timing`. */
  readonly totalTime: number;
}

/** reveal.js options its typings leave out: the notes plugin reads both (plugin/notes's speaker view). */
type SpeakerViewConfig = RevealConfig & { url?: string; totalTime?: number };

// The name the notes plugin gives the speaker view's window; with it, window.open('') finds that window.
const SPEAKER_WINDOW_NAME = 'reveal.js - Notes';

/**
 * The window a message comes from, when it is one of this page's: of this origin (the speaker view's is
 * about:blank, which takes its opener's), or, in a file, any window (no web page can reach a file, and a
 * reloaded file is a new opaque origin that its open speaker view no longer shares).
 */
const ownWindowOf = (event: MessageEvent, isFile: boolean): Window | null => {
  const source = event.source;
  if (source === null || !('closed' in source)) return null;
  if (isFile && event.origin === 'null') return source;
  try {
    return source.document ? source : null;
  } catch {
    return null;
  }
};

/** True when a reload has emptied reveal.js's speaker view (its about:blank then has none of its parts). */
export const isSpeakerViewEmptied = (speaker: Window): boolean => {
  try {
    return speaker.document.getElementById('speaker-controls') === null;
  } catch {
    // One this page cannot read (a file's, after it reloaded) is not known to be empty.
    return false;
  }
};

/** A message of reveal.js's own protocols (JSON strings), or null. */
const parseRevealMessage = (data: unknown): Record<string, unknown> | null => {
  if (typeof data !== 'string' || !data.startsWith('{')) return null;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export interface DeckOptions {
  /** reveal.js's `keyboard` option: `keyCode` → action; each replaces reveal's own use of that key. */
  readonly keyboard: Readonly<Record<number, () => void>>;
  /** While this returns false, reveal.js ignores the keyboard (e.g. a dialog is open). */
  readonly keyboardCondition: () => boolean;
  /**
   * Whether a narrow screen gets the phone layout (reveal.js's scroll view in a portrait frame); the print
   * view and the speaker view's previews keep the projector's.
   */
  readonly phoneLayout: boolean;
  /** Where the deck opens (reveal.js also reads it from the hash the address has just written). */
  readonly start: SlidePosition;
  /**
   * Whether other windows may drive this deck through reveal.js's postMessage API: a speaker-view preview,
   * which its speaker view drives. Elsewhere it is off, and the main window takes from its own speaker
   * view alone the one call that view makes of it through that API (`setState`).
   */
  readonly postMessage: boolean;
  /** Whether the page is a file (the offline copy), whose windows are each of an origin of their own. */
  readonly isFile: boolean;
}

// A window being resized, or a phone turning, sends resize events over a few frames.
const RESIZE_SETTLE_MS = 150;

const positionOf = ({ h, v, f }: { h: number; v: number; f?: number | undefined }): SlidePosition =>
  f === undefined || f < 0 ? { h, v } : { h, v, f };

/** reveal.js's options for this deck: the address, frames, controls and keys as the engine runs them. */
function revealConfig(options: DeckOptions, frame: Frame, reducedMotion: boolean): RevealConfig {
  return {
    // The page's address has one owner (src/page/address.ts); reveal.js still reads the hash at start
    // and when it changes, but never writes it.
    hash: false,
    history: false,
    ...FRAMES[frame],
    // 0 turns the scroll view off: no screen is that narrow.
    scrollActivationWidth: options.phoneLayout ? SCROLL_ACTIVATION_WIDTH : 0,
    scrollLayout: 'compact',
    margin: FRAME_MARGIN,
    minScale: SCALE_LIMITS.min,
    maxScale: SCALE_LIMITS.max,
    center: false,
    display: 'flex',
    // One PDF page per slide, every fragment shown.
    pdfSeparateFragments: false,
    transition: reducedMotion ? 'none' : DECK_TRANSITIONS.slide,
    backgroundTransition: reducedMotion ? 'none' : DECK_TRANSITIONS.background,
    // Our own help overlay lists every key in the deck's language; reveal's is English only.
    help: false,
    // The arrows at the slide's sides, in its side margins, where no slide puts anything; at the bottom
    // right they would sit on the title slide's artwork and beside the slide number.
    controlsLayout: 'edges',
    // The way back as plain as the way on: reveal.js's faded back arrow is lost on a dark slide.
    controlsBackArrows: 'visible',
    // The cursor goes with the toolbar and the controls (src/deck/auto-hide.ts).
    hideInactiveCursor: true,
    hideCursorTime: CHROME_IDLE_MS,
    keyboard: { ...options.keyboard },
    keyboardCondition: options.keyboardCondition,
    postMessage: options.postMessage,
  };
}

/** The deck's side of its speaker view: DeckApi's `openSpeakerView` and `onSpeakerView`, and its listener to stop. */
interface SpeakerViewLink {
  readonly open: DeckApi['openSpeakerView'];
  readonly onOpened: DeckApi['onSpeakerView'];
  readonly dispose: () => void;
}

/**
 * The speaker view (reveal.js's notes plugin, loaded on first use) and what this window takes from it: its
 * heartbeat, and the one reveal.js call it makes of the main window.
 */
function linkSpeakerView(reveal: RevealApi, options: Pick<DeckOptions, 'isFile' | 'postMessage'>): SpeakerViewLink {
  // The notes plugin (a fifth of the script, with its speaker view and Markdown parser) loads only
  // when the speaker asks for it, or when an open speaker view calls after this window reloaded.
  let notesPlugin: Promise<NotesPlugin> | null = null;
  const loadNotesPlugin = () =>
    (notesPlugin ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      reveal.registerPlugin(plugin);
      return plugin;
    }));
  let speaker: Window | null = null;
  const speakerListeners = new Set<(speaker: Window) => void>();
  const adoptSpeaker = (next: Window) => {
    if (next === speaker) return;
    speaker = next;
    speakerListeners.forEach((listener) => listener(next));
  };
  // Only windows of this origin are heard. Added before reveal.js's own listeners (its postMessage API,
  // the notes plugin's, whose heartbeat handler checks no origin), so what another origin sends never
  // reaches them. Heard here: the speaker view's heartbeat and, in the main window, the one reveal.js
  // API call the speaker view makes of it, to follow navigation in its previews.
  const onMessage = (event: MessageEvent) => {
    const source = ownWindowOf(event, options.isFile);
    if (!source) return event.stopImmediatePropagation();
    const message = parseRevealMessage(event.data);
    if (message?.['namespace'] === 'reveal-notes' && message['type'] === 'heartbeat') {
      void loadNotesPlugin();
      adoptSpeaker(source);
    } else if (!options.postMessage && source === speaker && message?.['method'] === 'setState') {
      const [state] = Array.isArray(message['args']) ? (message['args'] as unknown[]) : [];
      // The state of its own preview's reveal.js, which it relays as it is.
      if (typeof state === 'object' && state !== null) reveal.setState(state as RevealState);
    }
  };
  window.addEventListener('message', onMessage);

  return {
    async open({ previewUrl, totalTime }) {
      const plugin = await loadNotesPlugin();
      const speakerViewConfig: SpeakerViewConfig = { url: previewUrl, totalTime };
      reveal.configure(speakerViewConfig);
      // The plugin only focuses a window it opened, even one a reload has emptied: close that one first.
      if (speaker && !speaker.closed && isSpeakerViewEmptied(speaker)) speaker.close();
      const opening = !speaker || speaker.closed;
      try {
        plugin.open();
      } catch {
        // The browser blocked the popup (the plugin then fails on the missing window): nothing opened.
        return;
      }
      // The plugin keeps its window to itself; its name finds it (only once it exists: an unknown name opens one).
      const opened = opening ? window.open('', SPEAKER_WINDOW_NAME) : null;
      if (opened) adoptSpeaker(opened);
    },
    onOpened(listener) {
      speakerListeners.add(listener);
      return () => speakerListeners.delete(listener);
    },
    dispose: () => window.removeEventListener('message', onMessage),
  };
}

/** Starts reveal.js once on `root` (a `.reveal` element whose `.slides` are already rendered). */
export async function createDeck(root: HTMLElement, options: DeckOptions): Promise<DeckApi> {
  const narrow = matchMedia(`(max-width: ${SCROLL_ACTIVATION_WIDTH}px)`);
  const frameNow = (): Frame => (narrow.matches && options.phoneLayout ? 'portrait' : 'landscape');
  root.dataset['frame'] = frameNow();
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const reveal = new Reveal(root, revealConfig(options, frameNow(), reducedMotion));
  const speakerView = linkSpeakerView(reveal, options);

  // Turning a phone (or resizing a window) across the scroll view's width: reveal.js rebuilds the
  // slides and, entering or leaving its scroll view, reports whatever slide is at the top as it lays
  // out (over several resize events and frames). The deck keeps the slide it is meant to be on: from
  // the first resize event (this listener runs before reveal.js's own) until the size has settled,
  // slide changes are held back; then the deck returns to the slide it was on.
  const replacedListeners = new Set<() => void>();
  const slideListeners = new Set<() => void>();
  let ready = false;
  let holding = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const onResize = () => {
    if (!ready) return;
    holding = true;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, RESIZE_SETTLE_MS);
  };
  window.addEventListener('resize', onResize);
  // reveal.js announces a new scale with a `resize` event on its element, and the event bubbles up to the
  // window, where reveal.js's own listener takes it for the window's and lays the deck out once more, inside
  // the layout that sent it (on a phone twice over, its scroll view included: a third of its start). The
  // event stops at the deck's element, where `reveal.on('resize')` hears it; the window hears its own.
  const keepScaleEventInDeck = (event: Event) => event.stopPropagation();
  root.addEventListener('resize', keepScaleEventInDeck);

  await reveal.initialize();
  const position = () => positionOf(reveal.getIndices());
  const goTo = ({ h, v, f }: SlidePosition) => {
    if (!reveal.isScrollView()) return reveal.slide(h, v, f);
    // reveal.js's scroll view maps its scroll range evenly onto the slides, which in the compact layout
    // puts a slide's position a page short of where the slide is; bringing the slide's page to the top
    // (snap and scroll padding included) makes reveal.js read that slide from the scroll position.
    // (reveal.getSlide() does not find slides in the scroll view; it marks each with its indices.)
    const slide = root.querySelector(`section[data-index-h="${h}"][data-index-v="${v}"]`);
    slide?.closest('.scroll-page')?.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
  // The scroll view reads the hash before its pages are measured, and then settles on the first page.
  if (reveal.isScrollView()) goTo(options.start);

  let intended = position();
  let scrollView = reveal.isScrollView();
  const onSlide = () => {
    if (holding) return;
    intended = position();
    slideListeners.forEach((listener) => listener());
  };
  const settle = () => {
    const frame = frameNow();
    const frameChanged = root.dataset['frame'] !== frame;
    if (frameChanged) {
      root.dataset['frame'] = frame;
      reveal.configure(FRAMES[frame]);
    }
    const viewChanged = reveal.isScrollView() !== scrollView;
    scrollView = reveal.isScrollView();
    if (viewChanged) {
      replacedListeners.forEach((listener) => listener());
      goTo(intended);
    }
    // The scroll view measures its pages once they are laid out, and reports the pages it passes.
    requestAnimationFrame(() => {
      if (viewChanged) goTo(intended);
      holding = false;
      onSlide();
    });
  };
  (['slidechanged', 'fragmentshown', 'fragmenthidden'] as const).forEach((type) => reveal.on(type, onSlide));
  ready = true;

  return {
    position,
    totalSlides: () => reveal.getTotalSlides(),
    slide: goTo,
    onSlideChanged(listener) {
      const handler = () => listener(position());
      slideListeners.add(handler);
      return () => slideListeners.delete(handler);
    },
    onSlidesReplaced(listener) {
      replacedListeners.add(listener);
      return () => replacedListeners.delete(listener);
    },
    contentChanged() {
      // No reveal.layout(): the frame's size is fixed, and forcing a layout here is most of a toggle's cost.
      // The notes plugin re-sends the current notes on slide events only; the slide is the same
      // but its words changed, so announce it as a change to the same slide.
      const current = reveal.getCurrentSlide();
      const { h: indexh, v: indexv } = reveal.getIndices();
      reveal.dispatchEvent({
        type: 'slidechanged',
        data: { indexh, indexv, previousSlide: current, currentSlide: current },
      });
    },
    openSpeakerView: speakerView.open,
    onSpeakerView: speakerView.onOpened,
    destroy() {
      clearTimeout(settleTimer);
      window.removeEventListener('resize', onResize);
      root.removeEventListener('resize', keepScaleEventInDeck);
      speakerView.dispose();
      reveal.destroy();
    },
  };
}
