import { LANGS, type Bilingual, type DeckModule, type Lang } from '../../slides/types';
import { slideSeconds } from './pacing';
import { afterNextPaint } from '../render/after-paint';
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

/** The body of a deck's page says which deck it shows: its accent colours follow (tokens.css). */
export function markDeck(body: HTMLElement, deck: DeckModule): void {
  body.dataset['deck'] = deck.id;
  body.dataset['accent'] = deck.accent;
}

/** The page around the slides takes the screen mode's type sizes. */
export const markScreenMode = (body: HTMLElement, view: View): void => {
  const screen = view.sub ? 'dual' : 'single';
  // Unchanged on a language toggle: not written again, as any write restyles the whole page.
  if (body.dataset['screen'] !== screen) body.dataset['screen'] = screen;
};

const asLang = (value: string | null | undefined): Lang | null => LANGS.find((lang) => lang === value) ?? null;

/**
 * The view a section of the page's HTML shows (the build renders each deck page's slides, vite/prerender.ts),
 * read from what the section says of itself; null when it cannot be told, or when the section shows another
 * deck address in its QR code than this page would (the build may not know the public address).
 */
function viewShownBy(section: HTMLElement, slide: ResolvedSlide): View | null {
  const lang = asLang(section.getAttribute('lang'));
  const notes = asLang(section.querySelector(':scope > aside.notes')?.getAttribute('lang'));
  const sub = asLang(section.dataset['sub']);
  if (!lang || !notes || (section.dataset['sub'] !== undefined && !sub)) return null;
  const qr = section.querySelector<HTMLElement>('canvas[data-qr]')?.dataset['qr'] ?? null;
  const expectedQr = slide.module.layout === 'closing' ? slide.deckUrl[lang] : null;
  return qr === expectedQr ? { lang, sub, notes } : null;
}

/**
 * `container`'s slides: the sections already there when they are this deck's, in order (the page's HTML holds
 * them, so the first view is not rendered again), else one empty `<section>` per slide; `show` fills them.
 */
export function mountSlides(
  container: HTMLElement,
  deck: DeckModule,
  deckUrl: Bilingual<string | null>,
): SlideSections {
  const slides = resolveSlides(deck, deckUrl);
  // The view each section shows: when only the notes' language changes, the slide itself stays.
  const shown = new WeakMap<HTMLElement, View>();
  const present = [...container.querySelectorAll<HTMLElement>(':scope > section[data-slide-id]')];
  const isThisDeck =
    present.length === slides.length &&
    present.every((section, i) => section.dataset['slideId'] === slides[i]!.module.id);
  if (isThisDeck)
    present.forEach((section, i) => {
      const view = viewShownBy(section, slides[i]!);
      if (view) shown.set(section, view);
    });
  else
    container.replaceChildren(
      ...slides.map((slide) => h('section', { 'data-slide-id': slide.module.id, 'data-layout': slide.module.layout })),
    );
  // Looked up each time: leaving the phone's scroll view, reveal.js rebuilds the sections from HTML.
  const sectionAt = (i: number) => container.querySelectorAll<HTMLElement>('section[data-slide-id]')[i]!;
  const fill = (i: number, next: View, seconds: readonly number[]) => {
    const section = sectionAt(i);
    const before = shown.get(section);
    shown.set(section, next);
    section.dataset['timing'] = String(seconds[i]);
    if (before?.lang === next.lang && before.sub === next.sub) {
      // Already showing this view (the page's HTML, or an earlier show): nothing to render.
      if (before.notes !== next.notes)
        section.querySelector(':scope > aside.notes')!.replaceWith(renderNotes(slides[i]!, next.notes));
      return;
    }
    section.lang = next.lang;
    if (next.sub) section.dataset['sub'] = next.sub;
    else delete section.dataset['sub'];
    section.replaceChildren(...renderSlideContent(slides[i]!, next), renderNotes(slides[i]!, next.notes));
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
