import { describe, expect, it } from 'vitest';
import { PER_CONVERSATION, retryDelay, SlidingWindows } from '../../../adapters/teams/pacing.js';

describe('SlidingWindows: Teams per-conversation limits', () => {
  it('lets 7 sends through in a second, then waits for the window', () => {
    const w = new SlidingWindows(PER_CONVERSATION);
    for (let i = 0; i < 7; i++) {
      expect(w.delay('c', 1000 + i)).toBe(0);
      w.record('c', 1000 + i);
    }
    expect(w.delay('c', 1010)).toBe(1000 - 10);
    expect(w.delay('other', 1010)).toBe(0);
  });

  it('holds to 8 in 2 s and 60 in 30 s', () => {
    const w = new SlidingWindows(PER_CONVERSATION);
    let t = 0;
    for (let i = 0; i < 60; i++) {
      t += w.delay('c', t);
      w.record('c', t);
    }
    // 60 sends paced by the 2 s window take at least 14 s, and the 61st waits for the 30 s window.
    expect(t).toBeGreaterThanOrEqual(14_000);
    const first = 0;
    expect(t + w.delay('c', t)).toBeGreaterThanOrEqual(first + 30_000);
  });
});

describe('retryDelay', () => {
  const policy = { retries: 3, minMs: 2000, maxMs: 20_000, random: () => 0.5 };
  it('grows exponentially from 2 s, capped at 20 s', () => {
    expect([1, 2, 3, 4, 5].map((a) => retryDelay(policy, a, null))).toEqual([2000, 4000, 8000, 16000, 20000]);
  });
  it('jitters by ±20 %', () => {
    expect(retryDelay({ ...policy, random: () => 0 }, 1, null)).toBe(1600);
    expect(retryDelay({ ...policy, random: () => 1 }, 1, null)).toBe(2400);
  });
  it('honours a longer Retry-After', () => {
    expect(retryDelay(policy, 1, 30)).toBe(30_000);
    expect(retryDelay(policy, 3, 1)).toBe(8000);
  });
});
