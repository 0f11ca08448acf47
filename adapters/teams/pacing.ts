/**
 * Teams' bot rate limits as sliding windows, and the retry policy for throttled sends.
 * Pure: callers pass the time and do the waiting.
 */

/** At most `max` operations in any `ms` window. */
export interface Window {
  ms: number;
  max: number;
}

/** Per bot per conversation (msteams-docs rate-limit.md): sends and conversation creations. */
export const PER_CONVERSATION: readonly Window[] = [
  { ms: 1000, max: 7 },
  { ms: 2000, max: 8 },
  { ms: 30_000, max: 60 },
  { ms: 3_600_000, max: 1800 },
];

/** Per app per tenant: the docs say 30 per second (other answers say 50; the lower is safe). */
export const PER_TENANT: readonly Window[] = [{ ms: 1000, max: 30 }];

/** Remembers when operations happened, per key, and says how long the next one must wait. */
export class SlidingWindows {
  private readonly times = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly windows: readonly Window[]) {
    this.longest = Math.max(...windows.map((w) => w.ms));
  }

  /** Milliseconds to wait before an operation on `key` at `now` stays within every window. */
  delay(key: string, now: number): number {
    const times = this.prune(key, now);
    let wait = 0;
    for (const w of this.windows) {
      const inWindow = times.filter((t) => t > now - w.ms);
      // The oldest operation that must leave the window before one more fits.
      if (inWindow.length >= w.max) wait = Math.max(wait, inWindow[inWindow.length - w.max]! + w.ms - now);
    }
    return wait;
  }

  record(key: string, at: number): void {
    const times = this.prune(key, at);
    times.push(at);
    this.times.set(key, times);
    if (this.times.size > 50_000) this.times.clear();
  }

  private prune(key: string, now: number): number[] {
    return (this.times.get(key) ?? []).filter((t) => t > now - this.longest);
  }
}

/** Statuses Teams asks bots to retry (rate-limit.md): throttled, precondition and gateway failures. */
export const RETRYABLE = new Set([429, 412, 502, 504]);

/** How a throttled send is retried: the docs' example is 3 retries between 2 s and 20 s with jitter. */
export interface RetryPolicy {
  retries: number;
  minMs: number;
  maxMs: number;
  /** Randomness in 0..1 (Math.random), injectable for tests. */
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, minMs: 2000, maxMs: 20_000, random: Math.random };

/**
 * The wait before retry number `attempt` (1-based): exponential from `minMs`, ±20 % jitter,
 * capped at `maxMs`; a Retry-After the service sent wins when it is longer.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, retryAfterSeconds: number | null): number {
  const base = Math.min(policy.maxMs, policy.minMs * 2 ** (attempt - 1));
  const jittered = Math.round(base * (0.8 + 0.4 * policy.random()));
  const asked = retryAfterSeconds !== null && Number.isFinite(retryAfterSeconds) ? retryAfterSeconds * 1000 : 0;
  return Math.min(Math.max(jittered, asked), Math.max(policy.maxMs, asked));
}
