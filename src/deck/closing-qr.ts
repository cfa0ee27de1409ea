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
