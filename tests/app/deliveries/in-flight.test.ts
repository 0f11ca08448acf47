/** Due items a few at a time (bench/fanout): overlap across keys, order within a key, failures. */
import { describe, expect, it } from 'vitest';
import { forEachInFlight } from '../../../src/app/deliveries/in-flight.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('forEachInFlight', () => {
  it('works on up to the limit at once, never two items of one key together, each key in order', async () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'd1', 'b2', 'e1', 'a3'];
    const running = new Set<string>();
    const log: string[] = [];
    let most = 0;
    await forEachInFlight(items, (i) => i[0]!, { limit: 3, yieldEvery: 50 }, async (item) => {
      expect([...running].some((r) => r[0] === item[0])).toBe(false);
      running.add(item);
      most = Math.max(most, running.size);
      await turn();
      log.push(item);
      running.delete(item);
    });
    expect(most).toBe(3);
    expect(log.filter((i) => i.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(log.filter((i) => i.startsWith('b'))).toEqual(['b1', 'b2']);
    expect(log).toHaveLength(items.length);
  });

  it('starts no new key after a failure, lets the others finish, then throws the failure', async () => {
    const done: string[] = [];
    const run = forEachInFlight(['a', 'b', 'c', 'd', 'e'], (i) => i, { limit: 2, yieldEvery: 50 }, async (item) => {
      await turn();
      if (item === 'a') throw new Error('database gone');
      await turn();
      done.push(item);
    });
    await expect(run).rejects.toThrow('database gone');
    expect(done).toEqual(['b']);
  });

  it('lets the event loop turn every few items although no worker ever waits on I/O', async () => {
    const done: number[] = [];
    let doneAtFirstTurn = -1;
    setImmediate(() => (doneAtFirstTurn = done.length));
    const items = Array.from({ length: 40 }, (_, i) => i);
    // Work that never leaves the microtask queue, as SQLite calls behind a promise do.
    await forEachInFlight(items, String, { limit: 8, yieldEvery: 10 }, (i) => {
      done.push(i);
      return Promise.resolve();
    });
    expect(done).toHaveLength(40);
    expect(doneAtFirstTurn).toBeGreaterThanOrEqual(1);
    expect(doneAtFirstTurn).toBeLessThanOrEqual(10);
  });
});
