import type { DeckModule, Lang } from '../slides/types';
import { h } from './render/dom';
import { renderNotes, renderSlideContent, type ResolvedSlide } from './render/slide';

/** Places each slide module at its position in the deck. */
export const resolveSlides = (deck: DeckModule): ResolvedSlide[] =>
  deck.slides.map((module, index) => ({ module, index, total: deck.slides.length }));

/** Fills (or refills, on a language change) one slide's section. */
function fillSection(section: HTMLElement, slide: ResolvedSlide, lang: Lang): void {
  section.lang = lang;
  section.replaceChildren(...renderSlideContent(slide, lang), renderNotes(slide, lang));
}

/** The slides of a deck rendered into `.slides`: one `<section>` per slide, content in `lang`. */
export interface SlideSections {
  /** Re-renders every slide's words in place, keeping the sections reveal.js already tracks. */
  setLang(lang: Lang): void;
}

export function mountSlides(container: HTMLElement, deck: DeckModule, lang: Lang): SlideSections {
  const slides = resolveSlides(deck);
  const sections = slides.map((slide) =>
    h('section', { 'data-slide-id': slide.module.id, 'data-layout': slide.module.layout }),
  );
  container.replaceChildren(...sections);
  const setLang = (next: Lang) => slides.forEach((slide, i) => fillSection(sections[i]!, slide, next));
  setLang(lang);
  return { setLang };
}
