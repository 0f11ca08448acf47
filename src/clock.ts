/** Clocks for the composition root. */
import type { Clock } from './app/ports/index.js';

/** A clock that follows the wall clock until it is set, then stays at the moment it was set to. */
export interface SettableClock extends Clock {
  /** A plain function, so it can be handed around on its own (`{ now: clock.now }`). */
  readonly now: () => Date;
  set(at: Date): void;
}

/**
 * The console's clock. NOTE: once `tick` has set it, it no longer follows real time, so
 * the minute-by-minute scheduler only repeats that moment (harmless: every delivery is
 * claimed once) and the person at the console drives time with further ticks.
 */
export function settableClock(): SettableClock {
  let fixed: Date | null = null;
  return {
    now: () => (fixed === null ? new Date() : new Date(fixed)),
    set: (at) => {
      fixed = new Date(at);
    },
  };
}
