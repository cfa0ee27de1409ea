import type { Lang } from '../../slides/types';
import { NOTES_INCLUDED, PDF_FILES } from '../build-flags';
import { UI_TEXT } from '../i18n/ui-text';
import { pdfFileName } from '../print/pdfs.js';
import { h } from '../render/dom';

/** A deck's PDFs for a reader of `lang`, as `npm run pdf` writes them to `dist/pdf/`; none in the offline file. */
export function pdfDownloads(deckId: string, lang: Lang): { href: string; label: string }[] {
  if (!PDF_FILES) return [];
  const ui = UI_TEXT[lang];
  return [
    { href: `pdf/${pdfFileName({ deck: deckId, kind: 'slides', lang })}`, label: ui.downloadSlides },
    // The handouts carry the speaker notes, which the public build leaves out.
    ...(NOTES_INCLUDED
      ? [
          { href: `pdf/${pdfFileName({ deck: deckId, kind: 'notes', lang })}`, label: ui.downloadHandout },
          { href: `pdf/${pdfFileName({ deck: deckId, kind: 'bilingual' })}`, label: ui.downloadBilingualHandout },
        ]
      : []),
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
