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
  /** Re-renders every slide in place for a new view, keeping the sections reveal.js already tracks. */
  show(view: View): void;
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
  const show = (next: View) => {
    // Pacing follows the language the speaker delivers in, the notes' language.
    const seconds = slideSeconds(deck, next.notes);
    slides.forEach((slide, i) => {
      const section = sections[i]!;
      section.lang = next.lang;
      section.dataset['timing'] = String(seconds[i]);
      section.replaceChildren(...renderSlideContent(slide, next), renderNotes(slide, next.notes));
    });
  };
  show(view);
  return { show };
}
