import type { DeckModule, Lang } from '../../slides/types';

/**
 * Seconds for each slide when delivered in `lang`: its own timing where it gives one, the rest of the
 * deck's suggested length shared evenly among the others (at least 10 s each).
 */
export function slideSeconds(deck: DeckModule, lang: Lang): number[] {
  const own = deck.slides.map((slide) => slide.seconds?.[lang]);
  const given = own.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0);
  const open = own.filter((seconds) => seconds === undefined).length;
  const share = open === 0 ? 0 : Math.max(10, Math.round((deck.minutes[lang] * 60 - given) / open));
  return own.map((seconds) => seconds ?? share);
}
