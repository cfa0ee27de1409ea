import type { Bilingual, Lang } from '../../slides/types';
import { h } from './dom';

/** Which languages a slide shows: the main one, and optionally the other beneath each text block. */
export interface Screen {
  readonly lang: Lang;
  readonly sub: Lang | null;
}

type Attrs = Readonly<Record<string, string>>;

/**
 * Text blocks of one slide on a screen: each block shows the main language and, in the bilingual
 * mode, the other language beneath it in a smaller line that carries its own `lang`.
 */
export function textOf<T>(text: Bilingual<T>, screen: Screen) {
  const beneath = (value: string | undefined): HTMLElement | null =>
    screen.sub && value ? h('span', { class: 'sub-text', lang: screen.sub }, [value]) : null;
  const sub = screen.sub ? text[screen.sub] : null;

  return {
    /** A block element holding `pick`'s string in the main language (and the other beneath). */
    block<K extends keyof HTMLElementTagNameMap>(
      tag: K,
      attrs: Attrs,
      pick: (t: T) => string,
    ): HTMLElementTagNameMap[K] {
      return h(tag, attrs, [pick(text[screen.lang]), beneath(sub ? pick(sub) : undefined)]);
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
        pick(text[screen.lang]).map((item, i) => h('li', {}, [item, beneath(others[i])])),
      );
    },
  };
}
