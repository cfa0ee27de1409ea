import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUEUE,
  MAX_RECONNECT_MS,
  enqueuePosition,
  isNewer,
  nextSeq,
  nextStatus,
  reconnectDelay,
  retryQueue,
  settleQueue,
  type LiveStatus,
  type PublishQueue,
  type StreamEvent,
} from '../../src/live/sync';

const at = (h: number, f: number | null = null) => ({ h, v: 0, f });

describe('revision order', () => {
  it('applies the first revision and every higher one, never an equal or lower one', () => {
    expect(isNewer(null, 0)).toBe(true);
    expect(isNewer(5, 6)).toBe(true);
    expect(isNewer(5, 5)).toBe(false);
    expect(isNewer(5, 4)).toBe(false);
  });

  it('applied in any arrival order, ends on the highest revision and never goes back', () => {
    const arrivals = [3, 1, 4, 1, 5, 9, 2, 6];
    let last: number | null = null;
    const applied: number[] = [];
    for (const rev of arrivals)
      if (isNewer(last, rev)) {
        last = rev;
        applied.push(rev);
      }
    expect(applied).toEqual([3, 4, 5, 9]);
  });
});

describe('follower status', () => {
  const run = (events: StreamEvent[], from: LiveStatus = 'off') => {
    const seen: LiveStatus[] = [];
    events.reduce((status, event) => {
      const next = nextStatus(status, event);
      seen.push(next);
      return next;
    }, from);
    return seen;
  };

  it('connects, goes live, reconnects after a loss and is live again', () => {
    expect(run(['start', 'open', 'error', 'error', 'open'])).toEqual([
      'connecting',
      'live',
      'reconnecting',
      'reconnecting',
      'live',
    ]);
  });

  it('stays connecting while the first connection fails', () => {
    expect(run(['start', 'error', 'error'])).toEqual(['connecting', 'connecting', 'connecting']);
  });

  it('is off after stop, whatever comes later until the next start', () => {
    expect(run(['start', 'open', 'stop', 'open', 'error', 'start'])).toEqual([
      'connecting',
      'live',
      'off',
      'off',
      'off',
      'connecting',
    ]);
  });
});

describe('reconnect delay', () => {
  it('doubles per attempt, half of it random, up to the ceiling', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(reconnectDelay(1, () => 0)).toBe(1000);
    expect(reconnectDelay(3, () => 0)).toBe(4000);
    for (const attempt of [10, 50, 1000]) {
      expect(reconnectDelay(attempt, () => 0.999)).toBeLessThanOrEqual(MAX_RECONNECT_MS);
      expect(reconnectDelay(attempt, () => 0)).toBe(MAX_RECONNECT_MS / 2);
    }
  });

  it('spreads phones that failed together', () => {
    const delays = new Set(Array.from({ length: 50 }, () => reconnectDelay(4)));
    expect(delays.size).toBeGreaterThan(10);
  });
});

describe('publish queue', () => {
  /** Runs the presenter's moves through the queue, answering each request at `settleAfter` moves. */
  function sendsFor(moves: ReturnType<typeof at>[], settleEvery: number) {
    let queue: PublishQueue = EMPTY_QUEUE;
    const sent: number[] = [];
    moves.forEach((move, index) => {
      const step = enqueuePosition(queue, move);
      queue = step.queue;
      if (step.send) sent.push(step.send.h);
      if ((index + 1) % settleEvery === 0 && queue.inFlight) {
        const settled = settleQueue(queue);
        queue = settled.queue;
        if (settled.send) sent.push(settled.send.h);
      }
    });
    while (queue.inFlight) {
      const settled = settleQueue(queue);
      queue = settled.queue;
      if (settled.send) sent.push(settled.send.h);
    }
    return sent;
  }

  it('sends at once when idle, and of the moves made meanwhile only the latest', () => {
    const moves = [1, 2, 3, 4, 5, 6].map((h) => at(h));
    expect(sendsFor(moves, 1)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(sendsFor(moves, 3)).toEqual([1, 3, 6]);
    expect(sendsFor(moves, 100)).toEqual([1, 6]);
  });

  it('sends a position once, and nothing when the presenter returns to where the request in flight goes', () => {
    expect(sendsFor([at(1), at(1), at(1)], 1)).toEqual([1]);
    expect(sendsFor([at(1), at(2), at(1)], 100)).toEqual([1]);
    expect(sendsFor([at(1, 0), at(1, 1)], 1)).toEqual([1, 1]);
  });

  it('retries the failed position, or the newer one that waited', () => {
    let queue = enqueuePosition(EMPTY_QUEUE, at(1)).queue;
    expect(retryQueue(queue).send).toEqual(at(1));
    queue = enqueuePosition(queue, at(2)).queue;
    const retried = retryQueue(queue);
    expect(retried.send).toEqual(at(2));
    expect(retried.queue).toEqual({ inFlight: true, pending: null, sent: at(2) });
  });

  it('numbers every request above the last, from the clock when it is ahead', () => {
    expect(nextSeq(0, 1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(nextSeq(1_700_000_000_000, 1_700_000_000_000)).toBe(1_700_000_000_001);
    // A clock that went back still gives a higher number.
    expect(nextSeq(1_700_000_000_005, 1_600_000_000_000)).toBe(1_700_000_000_006);
  });
});
