// Kept free of imports: the build (vite/prerender.ts) writes these into each deck page's HTML.

/** At this width and below, the audience's deck turns to reveal.js's scroll view in the portrait frame. */
export const SCROLL_ACTIVATION_WIDTH = 435;

/**
 * The slide's frame, the size reveal.js lays a slide out at before scaling it to the screen: landscape on
 * projectors and laptops; portrait on phones held upright, where a 1280-wide slide would be scaled to a third.
 */
export const FRAMES = {
  landscape: { width: 1280, height: 720 },
  portrait: { width: 560, height: 1040 },
} as const;
export type Frame = keyof typeof FRAMES;

/** reveal.js's `margin`: the share of the screen left empty around the scaled slide. */
export const FRAME_MARGIN = 0.04;

/** reveal.js's default `minScale` and `maxScale`, which clamp its scale; the pre-script frame clamps alike. */
export const SCALE_LIMITS = { min: 0.2, max: 2 } as const;

/**
 * The frames as CSS custom properties for the frame the HTML lays out before reveal.js runs
 * (src/theme/slides.css), so that it scales the slide exactly as reveal.js will.
 */
export const frameCustomProperties = (): string =>
  [
    ...Object.entries(FRAMES).flatMap(([frame, { width, height }]) => [
      `--${frame}-width: ${width}px`,
      `--${frame}-height: ${height}px`,
    ]),
    `--frame-margin: ${FRAME_MARGIN}`,
    `--scale-min: ${SCALE_LIMITS.min}`,
    `--scale-max: ${SCALE_LIMITS.max}`,
  ].join('; ');
