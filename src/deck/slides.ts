import type { Bilingual, DeckModule } from '../../slides/types';
import { slideSeconds } from './pacing';
import { h } from '../render/dom';
import { renderNotes, renderSlideContent, type ResolvedSlide } from '../render/slide';
import type { View } from '../state/view';

/** Places each slide module at its position in the deck. */
export const resolveSlides = (deck: DeckModule, deckUrl: Bilingual<string | null>): ResolvedSlide[] =>
  deck.slides.map((module, index) => ({ module, index, total: deck.slides.length, deckUrl }));

/** The slides of a deck in `.slides`: one `<section>` per slide, filled by `show`. */
export interface SlideSections {
  /**
   * Renders every slide for a view, keeping the sections reveal.js tracks: the slide at `first` at once,
   * the others once that has been painted, so the slide in view shows without waiting for the rest
   * (laying out every slide's Thai text costs more than the first paint itself). Resolves when all are done.
   * Without `first` (the print view, which lays out every slide anyway), renders them all at once.
   */
  show(view: View, first?: number): Promise<void>;
}

/** Runs `work` after the next frame has been painted, when the page has a moment to spare. */
const afterNextPaint = (work: () => void) =>
  requestAnimationFrame(() =>
    'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 200 }) : setTimeout(work),
  );

/** Adds one empty `<section>` per slide to `container`; `show` fills them. */
export function mountSlides(
  container: HTMLElement,
  deck: DeckModule,
  deckUrl: Bilingual<string | null>,
): SlideSections {
  const slides = resolveSlides(deck, deckUrl);
  container.replaceChildren(
    ...slides.map((slide) => h('section', { 'data-slide-id': slide.module.id, 'data-layout': slide.module.layout })),
  );
  // Looked up each time: leaving the phone's scroll view, reveal.js rebuilds the sections from HTML.
  const sectionAt = (i: number) => container.querySelectorAll<HTMLElement>('section[data-slide-id]')[i]!;
  // The view each section shows: when only the notes' language changes, the slide itself stays.
  const shown = new WeakMap<HTMLElement, View>();
  const fill = (i: number, next: View, seconds: readonly number[]) => {
    const section = sectionAt(i);
    const before = shown.get(section);
    shown.set(section, next);
    section.dataset['timing'] = String(seconds[i]);
    const notes = renderNotes(slides[i]!, next.notes);
    if (before?.lang === next.lang && before.sub === next.sub) {
      section.querySelector(':scope > aside.notes')!.replaceWith(notes);
      return;
    }
    section.lang = next.lang;
    section.replaceChildren(...renderSlideContent(slides[i]!, next), notes);
  };

  let generation = 0;
  return {
    show(next, first) {
      // Pacing follows the language the speaker delivers in, the notes' language.
      const seconds = slideSeconds(deck, next.notes);
      const current = ++generation;
      if (first === undefined) {
        slides.forEach((_, i) => fill(i, next, seconds));
        return Promise.resolve();
      }
      fill(first, next, seconds);
      return new Promise((resolve) =>
        afterNextPaint(() => {
          // A newer view has taken over; it renders the rest itself.
          if (current === generation) slides.forEach((_, i) => i !== first && fill(i, next, seconds));
          resolve();
        }),
      );
    },
  };
}
