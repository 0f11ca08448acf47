/** How scheduled deliveries are retried, caught up and given up on. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DELIVERY_POLICY = {
  /** Anything missed within this long (e.g. while shiplog was down) is still sent once. */
  catchUpMs: 24 * HOUR,
  /** How far back each tick looks for misses; older than `catchUpMs` means skipped and audited. */
  lookbackMs: 8 * 24 * HOUR,
  /** A claim never completed for this long belongs to a process that died; another may take it. */
  staleClaimMs: 10 * MINUTE,
  /** Sends per delivery before giving up and telling the admins. */
  maxAttempts: 4,
  /** Wait after the n-th failed attempt (1-based) before the next. */
  backoffMs: [1 * MINUTE, 5 * MINUTE, 15 * MINUTE],
} as const;

/** How long after a failed attempt the next may start. */
export function backoffAfter(attempts: number): number {
  const steps = DELIVERY_POLICY.backoffMs;
  return steps[Math.min(attempts, steps.length) - 1] ?? steps[steps.length - 1]!;
}
