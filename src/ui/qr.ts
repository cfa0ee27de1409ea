// The QR library is loaded only when a code is first drawn: first load pays nothing for it.
let library: Promise<typeof import('qrcode')> | null = null;
const loadLibrary = () => (library ??= import('qrcode'));

/** Draws `text` as a QR code on `canvas` (dark on white, with a quiet zone, so phones read it off a projector). */
export async function drawQr(canvas: HTMLCanvasElement, text: string, size: number): Promise<void> {
  const { toCanvas } = await loadLibrary();
  await toCanvas(canvas, text, {
    width: size,
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#111111', light: '#ffffff' },
  });
}
