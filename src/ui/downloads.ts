import type { Lang } from '../../slides/types';
import { NOTES_INCLUDED, PDF_FILES } from '../build-flags';
import { UI_TEXT } from '../i18n/ui-text';
import { h } from '../render/dom';

/** A deck's PDFs in one language, as `npm run pdf` writes them to `dist/pdf/`; none in the offline file. */
export function pdfDownloads(deckId: string, lang: Lang): { href: string; label: string }[] {
  if (!PDF_FILES) return [];
  const ui = UI_TEXT[lang];
  return [
    { href: `pdf/${deckId}-${lang}.pdf`, label: ui.downloadSlides },
    // The handout carries the speaker notes, which the public build leaves out.
    ...(NOTES_INCLUDED ? [{ href: `pdf/${deckId}-${lang}-notes.pdf`, label: ui.downloadHandout }] : []),
  ];
}

/** Download links for a deck's PDFs in `lang`. */
export const renderDownloads = (deckId: string, lang: Lang): HTMLElement =>
  h(
    'p',
    { class: 'downloads' },
    pdfDownloads(deckId, lang).map((download) =>
      h('a', { href: download.href, download: '', type: 'application/pdf' }, [download.label]),
    ),
  );
