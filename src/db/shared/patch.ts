/** Small helpers every dialect's store shares. */
import type { Clock } from '../../app/ports/index.js';

/** The wall clock, for when the caller does not pass one. */
export const systemClock: Clock = { now: () => new Date() };

/** True when a patch object would set at least one column. */
export const hasChanges = (patch: object): boolean => Object.values(patch).some((v) => v !== undefined);
