import { isDialogOpen } from '../ui/dialog';

/**
 * How long the pointer rests before the toolbar, reveal.js's controls and its progress bar fade out;
 * reveal.js hides the cursor after the same time (its `hideCursorTime`).
 */
export const CHROME_IDLE_MS = 2500;

/** Whether the page's chrome (toolbar, reveal.js's controls and progress bar) is shown: `data-chrome` on `<body>`. */
type ChromeState = 'shown' | 'hidden';

/**
 * On the projector the audience sees the slide alone, as presentation tools do it: the chrome fades out once
 * the pointer has rested for CHROME_IDLE_MS, and at once on entering full screen; moving the pointer, a touch,
 * or keyboard focus in the toolbar brings it back. It stays while a dialog is open, while the pointer is on the
 * toolbar and while the keyboard focus is in it. Hidden, it is only transparent: Tab still reaches it and screen
 * readers still find it. The theme decides what each state looks like (chrome.css: the phone keeps its toolbar).
 */
export function autoHideChrome(toolbar: HTMLElement): () => void {
  const body = document.body;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const set = (state: ChromeState) => (body.dataset['chrome'] = state);
  // A mouse focuses what it clicks, and a dialog closed by a click gives focus back to the button that opened it:
  // only keyboard focus, which draws its ring, keeps the toolbar.
  const mustStay = () =>
    isDialogOpen() || toolbar.matches(':hover') || toolbar.querySelector(':focus-visible') !== null;
  const hide = () => {
    if (mustStay()) return restart();
    set('hidden');
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, CHROME_IDLE_MS);
  };
  const show = () => {
    set('shown');
    restart();
  };

  // Chromium repeats the last mouse position after a layout change (a slide moving in under a resting
  // pointer): only a pointer that has moved counts.
  let last: { x: number; y: number } | null = null;
  const onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && last?.x === event.screenX && last.y === event.screenY) return;
    last = { x: event.screenX, y: event.screenY };
    show();
  };
  const onFullscreen = () => {
    if (!document.fullscreenElement) return show();
    clearTimeout(timer);
    hide();
  };
  const listeners = [
    [document, 'pointermove', onPointerMove],
    [document, 'pointerdown', show],
    [document, 'fullscreenchange', onFullscreen],
    [toolbar, 'focusin', show],
    [toolbar, 'focusout', restart],
  ] as const;
  listeners.forEach(([target, type, listener]) => target.addEventListener(type, listener as EventListener));
  show();
  return () => {
    clearTimeout(timer);
    listeners.forEach(([target, type, listener]) => target.removeEventListener(type, listener as EventListener));
    delete body.dataset['chrome'];
  };
}
