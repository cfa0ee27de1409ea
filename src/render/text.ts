import { THAI_COMPOUNDS } from '../../slides/compounds';
import type { Bilingual, Lang } from '../../slides/types';
import { h } from './dom';

/** Which languages a slide shows: the main one, and optionally the other beneath each text block. */
export interface Screen {
  readonly lang: Lang;
  readonly sub: Lang | null;
}

type Attrs = Readonly<Record<string, string>>;

// Longest first, so a compound inside a longer one is not matched on its own.
const COMPOUND = new RegExp(
  [...THAI_COMPOUNDS]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * A string as text nodes, with each listed compound in a `span.compound` that does not break inside
 * (slides.css). A span, not a joiner character: the text keeps exactly the slide's characters, so
 * copying, searching, PDF text and screen readers get the words as written.
 */
export function keepCompounds(text: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  let from = 0;
  for (const match of text.matchAll(COMPOUND)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(h('span', { class: 'compound' }, [match[0]]));
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

/**
 * Text blocks of one slide on a screen: each block shows the main language and, in the bilingual
 * mode, the other language beneath it in a smaller line that carries its own `lang`.
 */
export function textOf<T>(text: Bilingual<T>, screen: Screen) {
  const beneath = (value: string | undefined): HTMLElement | null =>
    screen.sub && value ? h('span', { class: 'sub-text', lang: screen.sub }, keepCompounds(value)) : null;
  const sub = screen.sub ? text[screen.sub] : null;

  return {
    /** A block element holding `pick`'s string in the main language (and the other beneath). */
    block<K extends keyof HTMLElementTagNameMap>(
      tag: K,
      attrs: Attrs,
      pick: (t: T) => string,
    ): HTMLElementTagNameMap[K] {
      return h(tag, attrs, [...keepCompounds(pick(text[screen.lang])), beneath(sub ? pick(sub) : undefined)]);
    },
    /** A list (`ol` when numbered), one item per string in the main language, each with its counterpart beneath. */
    list(
      attrs: Attrs,
      pick: (t: T) => readonly string[],
      tag: 'ul' | 'ol' = 'ul',
    ): HTMLUListElement | HTMLOListElement {
      const others = sub ? pick(sub) : [];
      return h(
        tag,
        attrs,
        pick(text[screen.lang]).map((item, i) => h('li', {}, [...keepCompounds(item), beneath(others[i])])),
      );
    },
  };
}
