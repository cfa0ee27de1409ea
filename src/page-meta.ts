import type { Lang } from '../slides/types';

/** What a page says about itself to browsers, search engines and link previews. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** Preview image, relative to the site (`social/<deck>-<lang>.png`). */
  readonly image: string;
  readonly lang: Lang;
}

const OG_LOCALES: Record<Lang, string> = { th: 'th_TH', en: 'en_GB' };

function setMeta(attribute: 'name' | 'property', key: string, content: string): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!element) {
    element = document.createElement('meta');
    element.setAttribute(attribute, key);
    document.head.append(element);
  }
  element.content = content;
}

/** Title, description, Open Graph and Twitter tags for the current deck and language. */
export function applyPageMeta(meta: PageMeta): void {
  const image = new URL(meta.image, document.baseURI).href;
  document.title = meta.title;
  setMeta('name', 'description', meta.description);
  setMeta('property', 'og:title', meta.title);
  setMeta('property', 'og:description', meta.description);
  setMeta('property', 'og:image', image);
  setMeta('property', 'og:url', location.href.split('#')[0]!);
  setMeta('property', 'og:locale', OG_LOCALES[meta.lang]);
  setMeta('name', 'twitter:title', meta.title);
  setMeta('name', 'twitter:description', meta.description);
  setMeta('name', 'twitter:image', image);
}
