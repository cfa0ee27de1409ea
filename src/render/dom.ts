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

/** The element of index.html with `id` (in the browser, or in the build's DOM as it prerenders the page). */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element;
}
