import type { Root } from 'postcss';
import { unusedTransitions } from '../src/deck/transitions.ts';

const anyOf = (styles: readonly string[]) => `(?:${styles.join('|')})`;
const unusedSlide = anyOf(unusedTransitions('slide'));
const unusedBackground = anyOf(unusedTransitions('background'));

/**
 * reveal.js features the decks never turn on, by the selectors reveal.css styles them with. Every page waits
 * for the stylesheet before its first paint, and these rules were near half of reveal.css's gzipped bytes
 * (the preview overlay alone inlines a 4.5 kB spinner image).
 */
const UNUSED_FEATURES: readonly RegExp[] = [
  // The lightbox and link preview overlay (previewLinks, data-preview-*): no slide opens one.
  /\.r-overlay\b/,
  // Transitions the decks do not use (src/deck/transitions.ts); no slide sets its own.
  new RegExp(String.raw`\[data-transition~?=${unusedSlide}|\.reveal\.${unusedSlide}\b`),
  new RegExp(String.raw`\[data-background-transition~?=${unusedBackground}`),
  // Roll links, the zoom plugin, notes printed on the slides (showNotes), parallax backgrounds.
  /\.roll\b/,
  /\.zoomed\b/,
  /\.speaker-notes\b/,
  /parallax/,
];

const isUnused = (selector: string) => UNUSED_FEATURES.some((feature) => feature.test(selector));

/** Drops reveal.css's rules for UNUSED_FEATURES (a selector list keeps its other selectors); other CSS is left alone. */
export const dropUnusedRevealRules = {
  postcssPlugin: 'drop-unused-reveal-rules',
  Once(root: Root) {
    if (!/[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/.test(root.source?.input.file ?? '')) return;
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((selector) => !isUnused(selector));
      if (!kept.length) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
    root.walkAtRules((atRule) => {
      if (atRule.nodes?.length === 0) atRule.remove();
    });
  },
};
