import type { Lang } from '../../slides/types';
import { deckLink } from '../page/links';
import { slideHash, type SlidePosition } from '../page/query';
import { closeButton, createDialog } from './dialog';
import { renderDownloads } from './downloads';
import { onLangChanged, t } from '../i18n/language';
import type { Control } from './toolbar';
import { drawQr } from './qr';
import { h } from '../render/dom';

/** The parts of the page's address that decide its public address (a `Location` or a `URL`). */
type PageAddress = Pick<URL, 'protocol' | 'hostname' | 'origin' | 'pathname' | 'href'>;

// Addresses that mean nothing to a phone in the audience: this machine, or a file on it.
const isLocal = (page: PageAddress) =>
  !page.protocol.startsWith('http') || ['localhost', '127.0.0.1', '[::1]'].includes(page.hostname);

/**
 * Where the audience can open the site: `VITE_PUBLIC_URL` when the build sets it, else this page's own
 * folder, unless that is local (a rehearsal on `npm run dev`, the PDF export, a USB copy); null when there
 * is none. Every link the audience is given (share dialog, share sheet, closing slide) starts here; a live
 * relay's attendee address is to be offered here too.
 */
export function publicBase(page: PageAddress): string | null {
  const base = import.meta.env.VITE_PUBLIC_URL || (isLocal(page) ? null : `${page.origin}${page.pathname}`);
  return base ? new URL(base, page.href).href : null;
}

/** The deck's public address in `lang` (its closing slide's QR code), or null where there is none. */
export function publicDeckUrl(deckId: string, lang: Lang, page: PageAddress): string | null {
  const base = publicBase(page);
  return base === null ? null : new URL(deckLink(deckId, lang), base).href;
}

/**
 * The link to share: this deck, language and slide at its public address, on the deck's own page; the
 * presenter's screen and notes choices stay behind. Null where the deck has no public address.
 */
export function shareUrl(page: PageAddress, deckId: string, lang: Lang, slide: SlidePosition): string | null {
  const deckUrl = publicDeckUrl(deckId, lang, page);
  if (deckUrl === null) return null;
  const url = new URL(deckUrl);
  url.hash = slideHash(slide);
  return url.href;
}

/** The share dialog (`Q`): a QR code of the current slide's public link, the link, a copy button and the PDFs. */
export interface ShareDialog {
  /**
   * Opens the dialog for `url` in `lang`, or closes it when it is open; without a public address (`null`)
   * it says so rather than draw a code no phone in the audience could open.
   */
  toggle(url: string | null, lang: Lang): Promise<void>;
}

export function createShareDialog(deckId: string): ShareDialog {
  const dialog = createDialog('share', 'share-title', 'share');
  const copyButton = (url: string) => {
    const copy = h('button', { type: 'button', class: 'dialog-button secondary' }, [t('copyLink')]);
    copy.addEventListener('click', () => {
      void navigator.clipboard?.writeText(url).then(() => (copy.textContent = t('linkCopied')));
    });
    return copy;
  };
  return {
    async toggle(url, lang) {
      if (dialog.open) return dialog.close();
      const canvas = url === null ? null : h('canvas', { class: 'share-qr', role: 'img', 'aria-label': t('qrLabel') });
      dialog.lang = lang;
      dialog.replaceChildren(
        h('div', { class: 'share-content' }, [
          // Opening on its title: no focus ring on a link of the projected dialog.
          h('h2', { id: 'share-title', tabindex: '-1', autofocus: '' }, [
            t(url === null ? 'shareNoPublicTitle' : 'shareTitle'),
          ]),
          ...(url !== null && canvas
            ? [canvas, h('p', { class: 'share-url' }, [url])]
            : [h('p', { class: 'share-no-public' }, [t('shareNoPublicAddress')])]),
          renderDownloads(deckId, lang),
          h('div', { class: 'dialog-actions' }, [url === null ? null : copyButton(url), closeButton(dialog)]),
        ]),
      );
      dialog.showModal();
      // qrcode fixes the canvas's CSS size to the size it draws, so it draws at the width the theme gives the
      // code in this dialog, which on a narrow phone is less than on a projector.
      if (url !== null && canvas) await drawQr(canvas, url, Math.floor(canvas.getBoundingClientRect().width));
    },
  };
}

/**
 * The share button: the system share sheet where the browser has one and the deck a public address,
 * the QR dialog elsewhere (which says when there is no address to share).
 */
export function createShareButton(url: () => string | null, openDialog: () => void): Control {
  const button = h('button', { type: 'button', class: 'share-button' }, [t('share')]);
  button.addEventListener('click', () => {
    const link = url();
    if (link !== null && typeof navigator.share === 'function') {
      navigator.share({ title: document.title, url: link }).catch(() => undefined);
    } else {
      openDialog();
    }
  });
  return { element: button, dispose: onLangChanged(() => (button.textContent = t('share'))) };
}
