type Child = Node | string | null | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup,
 * so nothing from slides, the URL or storage can inject HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

/** A list with one `<li>` per string. */
export const list = (items: readonly string[], attrs: Readonly<Record<string, string>> = {}): HTMLUListElement =>
  h(
    'ul',
    attrs,
    items.map((item) => h('li', {}, [item])),
  );
