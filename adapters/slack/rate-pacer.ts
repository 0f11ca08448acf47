/**
 * Keeps calls of one Slack method within its rate tier without adding each call's latency to
 * the pace: call starts are spaced by the tier's gap, and calls may overlap.
 */

/** Options for {@link createRatePacer}. */
export interface RatePacerOptions {
  /** Least time between two call starts: the tier's window divided by the calls it allows. */
  gapMs: number;
  /** The tier's window; Slack counts calls per minute. */
  windowMs: number;
  /** Milliseconds now; the wall clock by default. */
  now?: () => number;
  /** Waits `ms`; a timer by default. */
  sleep?: (ms: number) => Promise<void>;
}

/** Runs calls paced to one rate tier, in the order they were handed in. */
export interface RatePacer {
  run<T>(call: () => Promise<T>): Promise<T>;
}

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A pacer for one tier. Spacing starts alone is not enough: Slack sees a call when it arrives,
 * somewhere between its start and its answer, so a late arrival followed by a prompt one could
 * put one call too many into a window. NOTE: hence each call waits until the call `windowMs /
 * gapMs` places before it was answered a whole window ago; that costs one latency per window,
 * not one per call.
 */
export function createRatePacer(options: RatePacerOptions): RatePacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? timer;
  const perWindow = options.gapMs > 0 ? Math.max(1, Math.floor(options.windowMs / options.gapMs)) : 0;
  // When each of the last `perWindow` calls was answered (a promise while it is in flight), by call number.
  const answered: Promise<number>[] = [];
  let calls = 0;
  let nextStart = 0;
  let turn: Promise<void> = Promise.resolve();

  const waitForTurn = async (n: number): Promise<() => void> => {
    const earlier = perWindow > 0 ? answered[n % perWindow] : undefined;
    const earliest = Math.max(nextStart, earlier === undefined ? 0 : (await earlier) + options.windowMs);
    const wait = earliest - now();
    if (wait > 0) await sleep(wait);
    nextStart = now() + options.gapMs;
    let done = (): void => undefined;
    if (perWindow > 0) answered[n % perWindow] = new Promise<number>((resolve) => (done = () => resolve(now())));
    return done;
  };

  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const n = calls++;
      const started = turn.then(() => waitForTurn(n));
      turn = started.then(() => undefined);
      return started.then(async (done) => {
        try {
          return await call();
        } finally {
          done();
        }
      });
    },
  };
}
