import type { Lang } from '../../slides/types';
import { deckLink } from '../page/links';
import { slideHash, type SlidePosition } from '../page/query';
import { closeButton, createDialog } from './dialog';
import { renderDownloads } from './downloads';
import { onLangChanged, t } from '../i18n/language';
import type { Control } from './toolbar';
import { drawQr } from './qr';
import { h } from '../render/dom';

/**
 * The link to share: this deck, language and slide, on the deck's own page; the presenter's screen and
 * notes choices stay behind.
 */
export function shareUrl(base: string, deckId: string, lang: Lang, slide: SlidePosition): string {
  const url = new URL(deckLink(deckId, lang), base);
  url.hash = slideHash(slide);
  return url.href;
}

/** The parts of the page's address that decide its public address (a `Location` or a `URL`). */
type PageAddress = Pick<URL, 'protocol' | 'hostname' | 'origin' | 'pathname' | 'href'>;

// Addresses that mean nothing to a phone in the audience: this machine, or a file on it.
const isLocal = (page: PageAddress) =>
  !page.protocol.startsWith('http') || ['localhost', '127.0.0.1', '[::1]'].includes(page.hostname);

/**
 * The deck's public address for its closing slide: `VITE_PUBLIC_URL` when the build sets it, else
 * this page's own, unless that is local (a rehearsal on `npm run dev`, the PDF export, a USB copy).
 */
export function publicDeckUrl(deckId: string, lang: Lang, page: PageAddress): string | null {
  const base = import.meta.env.VITE_PUBLIC_URL || (isLocal(page) ? null : `${page.origin}${page.pathname}`);
  if (!base) return null;
  return new URL(deckLink(deckId, lang), new URL(base, page.href)).href;
}

/** The share dialog (`Q`): a QR code of the current slide's link, the link itself, a copy button and the PDFs. */
export function createShareDialog(deckId: string): { open(url: string, lang: Lang): Promise<void> } {
  const dialog = createDialog('share', 'share-title');
  return {
    async open(url, lang) {
      const canvas = h('canvas', { class: 'share-qr', role: 'img', 'aria-label': t('qrLabel') });
      const copy = h('button', { type: 'button', class: 'dialog-button secondary' }, [t('copyLink')]);
      copy.addEventListener('click', () => {
        void navigator.clipboard?.writeText(url).then(() => (copy.textContent = t('linkCopied')));
      });
      dialog.lang = lang;
      dialog.replaceChildren(
        h('div', { class: 'share-content' }, [
          h('h2', { id: 'share-title' }, [t('shareTitle')]),
          canvas,
          h('p', { class: 'share-url' }, [url]),
          renderDownloads(deckId, lang),
          h('div', { class: 'dialog-actions' }, [copy, closeButton(dialog)]),
        ]),
      );
      if (!dialog.open) dialog.showModal();
      // qrcode fixes the canvas's CSS size to the size it draws, so it draws at the width the theme gives the
      // code in this dialog, which on a narrow phone is less than on a projector.
      await drawQr(canvas, url, Math.floor(canvas.getBoundingClientRect().width));
    },
  };
}

/** The share button: the system share sheet where the browser has one, the QR dialog elsewhere. */
export function createShareButton(url: () => string, openDialog: () => void): Control {
  const button = h('button', { type: 'button', class: 'share-button' }, [t('share')]);
  button.addEventListener('click', () => {
    if (typeof navigator.share === 'function') {
      navigator.share({ title: document.title, url: url() }).catch(() => undefined);
    } else {
      openDialog();
    }
  });
  return { element: button, dispose: onLangChanged(() => (button.textContent = t('share'))) };
}
