/**
 * When a change reaches the page: `before-paint` for what the visitor is looking at (the slide on screen, the
 * landing page), `after-paint` for the rest (the address, toolbar labels, the page's language and tags, the
 * speaker view), so that a key press repaints the slide in the next frame.
 */
export type When = 'before-paint' | 'after-paint';

let waiting: (() => void)[] = [];

// A hidden window paints no frames (a projector window behind the speaker view, on one screen): its work
// still runs, this long after it was asked for, so its speaker view and address keep up.
const WITHOUT_A_FRAME_MS = 250;

/**
 * Runs `work` once the next frame has been painted and the page has a moment (within 200 ms), in one task
 * with, and after, all the work asked for before that frame: the address and the page's language change
 * together.
 */
export function afterNextPaint(work: () => void): void {
  waiting.push(work);
  if (waiting.length > 1) return;
  let done = false;
  const runAll = () => {
    if (done) return;
    done = true;
    const batch = waiting;
    waiting = [];
    batch.forEach((run) => run());
  };
  setTimeout(runAll, WITHOUT_A_FRAME_MS);
  requestAnimationFrame(() =>
    'requestIdleCallback' in window ? requestIdleCallback(runAll, { timeout: 200 }) : setTimeout(runAll),
  );
}

/**
 * `listener` as a change handler that runs `when` asked: after the next paint, once however many changes came
 * before it, with the latest value. `cancel` drops a run still waiting.
 */
export function scheduled<T>(
  when: When,
  latest: () => T,
  listener: (value: T) => void,
): { readonly run: () => void; readonly cancel: () => void } {
  if (when === 'before-paint') return { run: () => listener(latest()), cancel: () => {} };
  let pending = false;
  let cancelled = false;
  return {
    run() {
      if (pending || cancelled) return;
      pending = true;
      afterNextPaint(() => {
        pending = false;
        if (!cancelled) listener(latest());
      });
    },
    cancel: () => (cancelled = true),
  };
}

/**
 * Ends the task the page is in and goes on in a new one, so that a start made of several steps is several
 * tasks, none long enough to hold up a tap or a frame (the first slide is already on the screen from HTML).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
