import { DECKS } from '../../slides/decks';
import { LANGS, type DeckModule, type Lang } from '../../slides/types';
import { UI_TEXT } from '../i18n/ui-text';

/** What a page says about itself to browsers, search engines and link previews. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** Preview image, relative to the site (`social/<deck>-<lang>.png`). */
  readonly image: string;
  readonly lang: Lang;
}

/** One `<meta>` tag: `<meta name|property="key" content="…">`. */
export interface MetaTag {
  readonly attribute: 'name' | 'property';
  readonly key: string;
  readonly content: string;
}

const OG_LOCALES: Record<Lang, string> = { th: 'th_TH', en: 'en_GB' };

/** A deck's page in `lang`: the deck's title and description, its title slide as the preview image. */
export const deckPageMeta = (deck: DeckModule, lang: Lang): PageMeta => ({
  ...deck.about[lang],
  image: `social/${deck.id}-${lang}.png`,
  lang,
});

/** The landing page in `lang`: the site's title and description, the first deck's title slide as the image. */
export const sitePageMeta = (lang: Lang): PageMeta => ({
  title: UI_TEXT[lang].siteTitle,
  description: UI_TEXT[lang].siteDescription,
  image: `social/${DECKS[0]!.id}-${lang}.png`,
  lang,
});

/**
 * The description, Open Graph and Twitter tags for `meta`, its image at `imageUrl`. The page sets them
 * as its language changes; the build writes them into the HTML of index.html and of each deck page
 * (vite/link-previews.ts) for link previews, whose crawlers run no script.
 */
export const pageMetaTags = (meta: PageMeta, imageUrl: string): MetaTag[] => [
  { attribute: 'name', key: 'description', content: meta.description },
  { attribute: 'property', key: 'og:title', content: meta.title },
  { attribute: 'property', key: 'og:description', content: meta.description },
  { attribute: 'property', key: 'og:image', content: imageUrl },
  { attribute: 'property', key: 'og:locale', content: OG_LOCALES[meta.lang] },
  ...LANGS.filter((lang) => lang !== meta.lang).map((lang): MetaTag => ({
    attribute: 'property',
    key: 'og:locale:alternate',
    content: OG_LOCALES[lang],
  })),
  { attribute: 'name', key: 'twitter:title', content: meta.title },
  { attribute: 'name', key: 'twitter:description', content: meta.description },
  { attribute: 'name', key: 'twitter:image', content: imageUrl },
];

function setMeta({ attribute, key, content }: MetaTag): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!element) {
    element = document.createElement('meta');
    element.setAttribute(attribute, key);
    document.head.append(element);
  }
  element.content = content;
}

/** The browser's title: the slide's name first when the page names one, then the page's own title. */
export const documentTitle = (pageTitle: string, slide: string | null): string =>
  slide && slide !== pageTitle ? `${slide} · ${pageTitle}` : pageTitle;

// The title has two inputs, the page's meta and the slide a phone is reading; whichever changes last, the
// title is written from both. (The build imports this module too, where there is no document.)
let pageTitle: string | null = null;
let slideName: string | null = null;
const writeTitle = () => {
  if (pageTitle !== null) document.title = documentTitle(pageTitle, slideName);
};

/** Title, description, Open Graph and Twitter tags for the current deck and language (og:url is the address's: src/page/address.ts). */
export function applyPageMeta(meta: PageMeta): void {
  pageTitle = meta.title;
  writeTitle();
  pageMetaTags(meta, new URL(meta.image, document.baseURI).href).forEach(setMeta);
}

/**
 * Names the slide being read in the browser's title (a phone's reading view, where the tab or the share sheet
 * would otherwise name only the deck), or none (null). Link previews keep the deck's title.
 */
export function nameSlideInTitle(slide: string | null): void {
  slideName = slide;
  writeTitle();
}
