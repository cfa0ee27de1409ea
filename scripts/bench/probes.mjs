// @ts-check
// Code that runs inside the measured page (installed before the page's own scripts). It is one function
// because Playwright serialises it: nothing outside its body exists in the page.

/**
 * What the probes leave on `window` for the benchmark to read.
 * @typedef {Window & {
 *   benchFirstSlideMs?: number,
 *   benchArmToggle?: () => void,
 *   benchToggleMs?: Promise<number>,
 * }} ProbeWindow
 */

/**
 * - First slide: every frame, checks whether Sarabun's bold Thai face is loaded and a slide's heading has a
 *   box on the screen; records `performance.now()` in the first frame where both hold.
 *   Checked in requestAnimationFrame, so the time is that of the frame that paints it.
 * - Language toggle: `benchArmToggle()` before a key press; `benchToggleMs` then resolves to the time from
 *   the keydown until the first frame that shows the heading's new text has been painted (rAF, then a task).
 */
export function installProbes() {
  const probe = /** @type {ProbeWindow} */ (window);
  // The heading on screen: both languages may be in the slide (the bare deck hides one with CSS), reveal.js
  // keeps its neighbours laid out beside the screen, and the product paints its first slide before reveal.js
  // has started (the floor never starts it): the heading is the one with a box on the screen.
  const visibleHeading = () =>
    [...document.querySelectorAll('.reveal .slides section :is(h1, h2)')].find((heading) => {
      const box = heading.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < innerHeight &&
        box.right > 0 &&
        box.left < innerWidth
      );
    });

  const watchFirstSlide = () => {
    if (document.fonts.check('700 50px Sarabun', 'ก') && visibleHeading()) probe.benchFirstSlideMs = performance.now();
    else requestAnimationFrame(watchFirstSlide);
  };
  requestAnimationFrame(watchFirstSlide);

  probe.benchArmToggle = () => {
    const before = visibleHeading()?.textContent;
    let pressedAt = NaN;
    // Capturing on window: runs before reveal.js's own keydown listener on the document.
    addEventListener('keydown', () => (pressedAt = performance.now()), { capture: true, once: true });
    probe.benchToggleMs = new Promise((resolve, reject) => {
      const timeout = setTimeout(
        () => reject(new Error('the heading did not change within 5 s of the key press')),
        5000,
      );
      // Looked at once per frame, not per mutation: reading the heading's box forces a layout, and doing
      // that between the page's own DOM changes would add work the page itself does not do.
      let isFrameRequested = false;
      const checkFrame = () => {
        isFrameRequested = false;
        if (visibleHeading()?.textContent === before) return;
        observer.disconnect();
        clearTimeout(timeout);
        // This frame shows the new text; a task queued from its rAF runs once it has been painted.
        setTimeout(() => resolve(performance.now() - pressedAt), 0);
      };
      const observer = new MutationObserver(() => {
        if (!isFrameRequested) requestAnimationFrame(checkFrame);
        isFrameRequested = true;
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  };
}
