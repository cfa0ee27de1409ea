import type { Bilingual, DeckModule } from '../slides/types';
import { slideSeconds } from './pacing';
import { h } from './render/dom';
import { renderNotes, renderSlideContent, type ResolvedSlide } from './render/slide';
import type { View } from './view';

/** Places each slide module at its position in the deck. */
export const resolveSlides = (deck: DeckModule, deckUrl: Bilingual<string | null>): ResolvedSlide[] =>
  deck.slides.map((module, index) => ({ module, index, total: deck.slides.length, deckUrl }));

/** The slides of a deck rendered into `.slides`: one `<section>` per slide. */
export interface SlideSections {
  /**
   * Re-renders every slide in place for a new view, keeping the sections reveal.js already tracks:
   * the slide at `first` at once, the others just after the next frame, so a switch shows without delay.
   */
  show(view: View, first: number): Promise<void>;
}

export function mountSlides(
  container: HTMLElement,
  deck: DeckModule,
  deckUrl: Bilingual<string | null>,
  view: View,
): SlideSections {
  const slides = resolveSlides(deck, deckUrl);
  const sections = slides.map((slide) =>
    h('section', { 'data-slide-id': slide.module.id, 'data-layout': slide.module.layout }),
  );
  container.replaceChildren(...sections);
  const fill = (i: number, next: View, seconds: readonly number[]) => {
    const section = sections[i]!;
    section.lang = next.lang;
    section.dataset['timing'] = String(seconds[i]);
    section.replaceChildren(...renderSlideContent(slides[i]!, next), renderNotes(slides[i]!, next.notes));
  };
  // Pacing follows the language the speaker delivers in, the notes' language.
  const initialSeconds = slideSeconds(deck, view.notes);
  slides.forEach((_, i) => fill(i, view, initialSeconds));

  let generation = 0;
  return {
    show(next, first) {
      const seconds = slideSeconds(deck, next.notes);
      const current = ++generation;
      fill(first, next, seconds);
      return new Promise((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            // A newer switch has taken over; it renders the rest itself.
            if (current === generation) slides.forEach((_, i) => i !== first && fill(i, next, seconds));
            resolve();
          }),
        ),
      );
    },
  };
}
