/**
 * Whether the page runs in a frame, and if so whether every page around it is of its own origin: `top`
 * (no frame), `same-origin` (the speaker view's previews), `cross-origin` (another site, or pages this
 * one cannot read, such as files, which are each an origin of their own).
 */
export type Framing = 'top' | 'same-origin' | 'cross-origin';

// A page of another origin throws on any read of its document.
const isReadable = (frame: Window): boolean => {
  try {
    return frame.document !== null;
  } catch {
    return false;
  }
};

/** How `page` is framed, from its ancestors (a frame inside a frame is as foreign as its most foreign parent). */
export function readFraming(page: Window): Framing {
  if (page.parent === page) return 'top';
  for (let frame = page; frame.parent !== frame; frame = frame.parent) {
    if (!isReadable(frame.parent)) return 'cross-origin';
  }
  return 'same-origin';
}
