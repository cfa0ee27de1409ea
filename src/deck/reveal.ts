import Reveal from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import { isPrintView } from '../state/query';

const S_KEY = 83;

/** A key the deck adds to reveal.js's keyboard map (it replaces reveal's own use of that key). */
export interface KeyBinding {
  /** `KeyboardEvent.keyCode`, as reveal.js's `keyboard` option expects. */
  readonly keyCode: number;
  readonly run: (event: KeyboardEvent) => void;
}

/** The part of reveal.js the rest of the engine uses. */
export interface DeckApi {
  /** Zero-based index of the slide on screen. */
  currentIndex(): number;
  /** How many slides the deck has. */
  totalSlides(): number;
  /** Calls `listener` with the new index after every slide change; returns the unsubscribe function. */
  onSlideChanged(listener: (index: number) => void): () => void;
  /** Tells reveal.js and the speaker view that the slides' content changed in place. */
  contentChanged(): void;
  /** Blacks the screen out or back in (reveal.js's pause). */
  togglePause(): void;
}

export interface DeckOptions {
  readonly keyBindings: readonly KeyBinding[];
  /** While this returns false, reveal.js ignores the keyboard (e.g. a dialog is open). */
  readonly keyboardCondition: () => boolean;
}

// Below this width reveal.js turns to its scroll view; there a portrait frame keeps the type readable
// (a 1280-wide slide on a 390-wide phone would be scaled to a third).
const SCROLL_ACTIVATION_WIDTH = 435;
const FRAMES = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 560, height: 1040 },
} as const;
type Frame = keyof typeof FRAMES;

/** Starts reveal.js once on `root` (a `.reveal` element whose `.slides` are already rendered). */
export async function createDeck(root: HTMLElement, options: DeckOptions): Promise<DeckApi> {
  const narrow = matchMedia(`(max-width: ${SCROLL_ACTIVATION_WIDTH - 1}px)`);
  const isPrint = isPrintView(location.search);
  const frameNow = (): Frame => (narrow.matches && !isPrint ? 'portrait' : 'landscape');
  root.dataset['frame'] = frameNow();
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const reveal = new Reveal(root, {
    hash: true,
    ...FRAMES[frameNow()],
    scrollActivationWidth: SCROLL_ACTIVATION_WIDTH,
    scrollLayout: 'compact',
    margin: 0.04,
    center: false,
    display: 'flex',
    // One PDF page per slide, every fragment shown.
    pdfSeparateFragments: false,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    // Our own help overlay lists every key in the deck's language; reveal's is English only.
    help: false,
    // reveal.js binds L to "next slide" (vim keys); our bindings take its place.
    keyboard: Object.fromEntries([
      ...options.keyBindings.map((binding) => [binding.keyCode, binding.run] as const),
      [S_KEY, () => void openSpeakerView()],
    ]),
    keyboardCondition: options.keyboardCondition,
  });

  // The notes plugin (a fifth of the script, with its speaker view and Markdown parser) loads only
  // when the speaker asks for it, or when an open speaker view calls after this window reloaded.
  let notesPlugin: Promise<NotesPlugin> | null = null;
  const loadNotesPlugin = () =>
    (notesPlugin ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      reveal.registerPlugin(plugin);
      return plugin;
    }));
  const openSpeakerView = async () => (await loadNotesPlugin()).open();
  const onSpeakerViewHeartbeat = (event: MessageEvent) => {
    if (event.origin !== location.origin || typeof event.data !== 'string' || !event.data.includes('"heartbeat"'))
      return;
    window.removeEventListener('message', onSpeakerViewHeartbeat);
    void loadNotesPlugin();
  };
  window.addEventListener('message', onSpeakerViewHeartbeat);

  await reveal.initialize();
  // Turning a phone switches between the portrait scroll view and the landscape slides.
  narrow.addEventListener('change', () => {
    root.dataset['frame'] = frameNow();
    reveal.configure(FRAMES[frameNow()]);
  });

  return {
    currentIndex: () => reveal.getIndices().h,
    totalSlides: () => reveal.getTotalSlides(),
    onSlideChanged(listener) {
      const handler = () => listener(reveal.getIndices().h);
      reveal.on('slidechanged', handler);
      return () => reveal.off('slidechanged', handler);
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
    togglePause: () => reveal.togglePause(),
  };
}
