/** Working through due items a few at a time, so one item's waits overlap the next one's. */

/** How many at once, and how often everyone lets the event loop turn. */
export interface InFlightOptions {
  limit: number;
  /**
   * Items started between turns of the event loop. NOTE: work that only touches SQLite never
   * yields, and while one worker waits for a turn the others carry on in microtasks, so all of
   * them wait for the same turn; otherwise the loop turns only when every worker happens to wait.
   */
  yieldEvery: number;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs `work` for every item, `options.limit` at once at most. Items that share a key run one
 * after another in the order given (a person's check-in before their reminder, which reads it).
 * After a failure no new key is started; the first failure is thrown once the rest settle.
 */
export async function forEachInFlight<T>(items: readonly T[], keyOf: (item: T) => string, options: InFlightOptions, work: (item: T, index: number) => Promise<void>): Promise<void> {
  const byKey = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    const same = byKey.get(key);
    if (same) same.push(i);
    else byKey.set(key, [i]);
  });
  const groups = [...byKey.values()];
  let next = 0;
  let failed = false;
  let started = 0;
  let turn: Promise<void> = Promise.resolve();
  const run = async (i: number): Promise<void> => {
    if (++started % options.yieldEvery === 0) turn = nextTurn();
    await turn;
    await work(items[i]!, i);
  };
  const worker = async (): Promise<void> => {
    while (next < groups.length && !failed) {
      const group = groups[next++]!;
      try {
        for (const i of group) await run(i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(options.limit, groups.length) }, worker));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
}
