import type { DeckApi } from './reveal';
import { drawQr } from '../ui/qr';

/** Draws every closing-slide QR code under `root` that is not drawn yet. */
export async function drawClosingQrCodes(root: HTMLElement): Promise<void> {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-qr]:not([data-drawn])')];
  await Promise.all(
    canvases.map(async (canvas) => {
      await drawQr(canvas, canvas.dataset['qr']!, 240);
      canvas.dataset['drawn'] = '';
    }),
  );
}

/** Draws the closing slide's QR codes once the deck is within a slide of its end (the library loads then). */
export function drawQrNearEnd(api: DeckApi, root: HTMLElement): void {
  if (api.position().h >= api.totalSlides() - 2) void drawClosingQrCodes(root);
}
