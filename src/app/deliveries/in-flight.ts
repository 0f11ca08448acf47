/** Working through due items a few at a time, so one item's waits overlap the next one's. */

/**
 * Runs `work` for every item, at most `limit` at once. Items that share a key run one after
 * another in the order given (a person's check-in before their reminder, which reads it).
 * After a failure no new key is started; the first failure is thrown once the rest settle.
 */
export async function forEachInFlight<T>(items: readonly T[], keyOf: (item: T) => string, limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
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
  const worker = async (): Promise<void> => {
    while (next < groups.length && !failed) {
      const group = groups[next++]!;
      try {
        for (const i of group) await work(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, groups.length) }, worker));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
}
