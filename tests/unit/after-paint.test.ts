import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduled, type When } from '../../src/render/after-paint';

/** A window whose frames the test paints by hand (no idle callbacks: the timer stands in, as in Safari). */
function stubFrames(): { paint: () => void } {
  let frames: (() => void)[] = [];
  vi.stubGlobal('window', {});
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  return {
    paint() {
      const due = frames;
      frames = [];
      due.forEach((callback) => callback());
      vi.advanceTimersByTime(0);
    },
  };
}

/** A listener scheduled `when` asked, reading `latest`: what it has been called with, and its run and cancel. */
function listen(when: When, latest: () => string) {
  const seen: string[] = [];
  return { seen, ...scheduled(when, latest, (value) => seen.push(value)) };
}

describe('work scheduled around the next paint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs what the visitor looks at in the change itself', () => {
    stubFrames();
    const { seen, run } = listen('before-paint', () => 'th');
    run();
    expect(seen).toEqual(['th']);
  });

  it('runs the rest once after the next frame, with the latest value, however many changes came first', () => {
    const { paint } = stubFrames();
    let lang = 'th';
    const { seen, run } = listen('after-paint', () => lang);
    run();
    lang = 'en';
    run();
    expect(seen).toEqual([]);
    paint();
    expect(seen).toEqual(['en']);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['en']);
  });

  it('runs the rest in a window that paints no frame (hidden behind the speaker view) a quarter second later', () => {
    stubFrames();
    const { seen, run } = listen('after-paint', () => 'en');
    run();
    vi.advanceTimersByTime(249);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual(['en']);
  });

  it('drops a run still waiting when its listener has been cancelled', () => {
    const { paint } = stubFrames();
    const { seen, run, cancel } = listen('after-paint', () => 'en');
    run();
    cancel();
    paint();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
  });
});
