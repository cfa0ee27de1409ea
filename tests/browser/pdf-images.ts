// Compares a PDF page, as poppler draws it, with the same slide as Chromium shows it on screen.
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { DeckModule, Lang } from '../../slides/types';
import { forEverySlide, newPage, openDeck, type Site } from './support';

// reveal.js keeps a 4% margin around the 1280×720 slide: at this size it draws the slide at scale 1,
// one screen pixel per CSS pixel, like a PDF page rendered at 96 dpi.
const ONE_TO_ONE_VIEWPORT = { width: 1334, height: 750 };
const HIDE_CHROME = '.toolbar, .notices, .reveal .controls, .reveal .progress { display: none !important; }';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A slide as the screen shows it. */
export interface SlideShot {
  /** The slide, 1280×720. */
  image: PNG;
  /**
   * Where the slide shows the address it was served from (the closing slide's QR code and its link):
   * the export's server and the test's differ in port, so these parts are left out of comparisons.
   */
  addressBoxes: Box[];
}

/** Every slide of a deck in a language, as the screen shows it. */
export async function screenshotSlides(site: Site, deck: DeckModule, lang: Lang): Promise<SlideShot[]> {
  // Without transitions, so each slide is captured at rest rather than halfway through sliding in.
  const page = await newPage(site, { viewport: ONE_TO_ONE_VIEWPORT, reducedMotion: 'reduce' });
  await openDeck(page, site, `?deck=${deck.id}&lang=${lang}`);
  await page.addStyleTag({ content: HIDE_CHROME });
  const shots: SlideShot[] = [];
  await forEverySlide(page, deck, async (slide) => {
    const section = page.locator(`section.present[data-slide-id="${slide.id}"]`);
    // The closing slide's QR code is drawn once its library has loaded (src/deck/closing-qr.ts).
    await section.locator('canvas[data-qr]:not([data-drawn])').waitFor({ state: 'detached' });
    const box = await section.boundingBox();
    if (box?.width !== 1280 || box.height !== 720)
      throw new Error(`the slide is not drawn at scale 1: ${JSON.stringify(box)}`);
    const addressBoxes = await section.evaluate((element) => {
      const frame = element.getBoundingClientRect();
      return [...element.querySelectorAll('canvas[data-qr]')].map((code) => {
        const { x, y, width, height } = (code.closest('figure') ?? code).getBoundingClientRect();
        return { x: x - frame.x, y: y - frame.y, width, height };
      });
    });
    shots.push({ image: PNG.sync.read(await page.screenshot({ clip: box })), addressBoxes });
  });
  return shots;
}

/**
 * How far a rendered PDF page is from the screen: pixels that differ beyond anti-aliasing
 * (pixelmatch), per pixel of edge on the screen (mostly glyph outlines). Two rasterisers drawing the
 * same glyphs differ in stroke weight only; another font moves whole outlines.
 */
export function glyphMismatch(pdfPage: PNG, { image: screen, addressBoxes }: SlideShot): number {
  const { width, height } = screen;
  if (pdfPage.width !== width || pdfPage.height !== height) {
    throw new Error(`the PDF page is ${pdfPage.width}×${pdfPage.height}, the slide ${width}×${height}`);
  }
  const ignored = new Uint8Array(width * height);
  for (const box of addressBoxes) {
    for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(height, Math.ceil(box.y + box.height)); y++) {
      ignored.fill(
        1,
        y * width + Math.max(0, Math.floor(box.x)),
        y * width + Math.min(width, Math.ceil(box.x + box.width)),
      );
    }
  }
  const differing = pixelmatch(pdfPage.data, screen.data, undefined, width, height, {
    threshold: 0.1,
    ignoreMask: ignored,
  });
  return differing / countEdgePixels(screen, ignored);
}

// A pixel whose brightness jumps by more than this to its right or lower neighbour lies on an edge.
const EDGE_STEP = 40;

function countEdgePixels({ data, width, height }: PNG, ignored: Uint8Array): number {
  const brightness = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  };
  let edges = 0;
  for (let y = 0; y < height - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      if (ignored[y * width + x]) continue;
      const here = brightness(x, y);
      if (Math.abs(here - brightness(x + 1, y)) > EDGE_STEP || Math.abs(here - brightness(x, y + 1)) > EDGE_STEP)
        edges++;
    }
  }
  return Math.max(edges, 1);
}
