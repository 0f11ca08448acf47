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

/** Calls of one method, paced to its tier. */
export interface RatePacer {
  /** Runs `call` once the tier allows it; calls start in the order they were handed in. */
  run<T>(call: () => Promise<T>): Promise<T>;
  /**
   * Runs a call of the same method for a person (an interactive look-up) ahead of every paced
   * call: at once while the window has room, else as soon as a place in it frees up. With
   * `maxWaitMs`, gives up when no place frees up that soon: rejects with {@link NoRoomInTier}
   * and the call is never made.
   */
  first<T>(call: () => Promise<T>, maxWaitMs?: number): Promise<T>;
}

/** The tier had no room within the wait a caller allowed. */
export class NoRoomInTier extends Error {}

const timer = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A pacer for one tier. Spacing starts alone is not enough: Slack sees a call when it arrives,
 * somewhere between its start and its answer, so a late arrival followed by a prompt one could
 * put one call too many into a window. NOTE: hence a call starts only while fewer than the
 * tier's `windowMs / gapMs` calls were answered within the last window or are still in flight
 * (people's own look-ups too); that costs about one latency per window, not one per call.
 */
export function createRatePacer(options: RatePacerOptions): RatePacer {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? timer;
  const perWindow = options.gapMs > 0 ? Math.max(1, Math.floor(options.windowMs / options.gapMs)) : 0;
  // Calls that Slack may still count: in flight (end Infinity) or answered within the last window.
  let recent: { end: number }[] = [];
  let answered: () => void = () => undefined;
  let anyAnswer = new Promise<void>((resolve) => (answered = resolve));
  let nextStart = -Infinity;
  let turn: Promise<void> = Promise.resolve();
  let firstWaiting = 0;

  const begin = (): (() => void) => {
    if (perWindow === 0) return () => undefined;
    if (recent.length > 2 * perWindow) recent = recent.filter((s) => s.end > now() - options.windowMs);
    const span = { end: Infinity };
    recent.push(span);
    return () => {
      span.end = now();
      const wake = answered;
      anyAnswer = new Promise<void>((resolve) => (answered = resolve));
      wake();
    };
  };

  /** Waits until the window has room: a counted call leaves it, or (all in flight) one is answered. */
  const roomInWindow = async (until = Infinity): Promise<boolean> => {
    const t = now();
    recent = recent.filter((s) => s.end > t - options.windowMs);
    if (recent.length < perWindow || perWindow === 0) return true;
    const oldest = Math.min(...recent.map((s) => s.end));
    const wait = oldest === Infinity ? anyAnswer : sleep(oldest + options.windowMs - t);
    await (until === Infinity ? wait : Promise.race([wait, sleep(Math.max(0, until - t))]));
    return false;
  };

  const waitForTurn = async (): Promise<() => void> => {
    const due = nextStart + options.gapMs;
    // NOTE: after waiting out the gap, the next call is due a gap after this one was due, not after
    // the timer fired: a timer that fires late must not slow every later call.
    let onTime = false;
    for (;;) {
      if (firstWaiting > 0) await anyAnswer;
      else if (!(await roomInWindow())) onTime = false;
      else if (now() < due) {
        await sleep(due - now());
        onTime = true;
        continue;
      } else break;
      onTime = false;
    }
    nextStart = onTime ? due : now();
    return begin();
  };

  const first = async <T>(call: () => Promise<T>, maxWaitMs?: number): Promise<T> => {
    // Without a window (no gap) nothing waits, and paced calls must not wait for an answer.
    if (perWindow > 0) {
      const until = maxWaitMs === undefined ? Infinity : now() + maxWaitMs;
      firstWaiting++;
      try {
        while (!(await roomInWindow(until))) if (now() >= until) throw new NoRoomInTier(`no room in the tier within ${maxWaitMs} ms`);
      } finally {
        firstWaiting--;
      }
    }
    const done = begin();
    try {
      return await call();
    } finally {
      done();
    }
  };

  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const started = turn.then(waitForTurn);
      turn = started.then(() => undefined);
      return started.then(async (done) => {
        try {
          return await call();
        } finally {
          done();
        }
      });
    },
    first,
  };
}
