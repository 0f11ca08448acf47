/**
 * Waiting for SQLite's write lock without blocking the event loop. better-sqlite3 is
 * synchronous: its busy handler sleeps inside the call, freezing every request of the
 * process for as long as another process (an import) holds the lock. So the driver may
 * wait only {@link BUSY_TIMEOUT_MS}; a statement that still finds the database locked
 * fails, and is tried again here after an asynchronous pause.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** The longest one attempt may block the event loop waiting for a lock. */
export const BUSY_TIMEOUT_MS = 10;
/** How long a caller waits for the lock in all before it fails. */
export const LOCK_WAIT_MS = 30_000;
/** The pause between attempts grows to this; short, so a gap between an import's chunks is not missed. */
const MAX_PAUSE_MS = 25;

const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY']);

/** The lock did not come free within {@link LOCK_WAIT_MS}; not retried again further out. */
export class StillLockedError extends Error {
  readonly code = 'DB.LOCKED';
}

/** True for SQLite's "database is locked" family, also when drizzle wrapped it. */
export function isBusy(error: unknown): boolean {
  if (error instanceof StillLockedError) return false;
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && BUSY_CODES.has(code)) return true;
  }
  return false;
}

/**
 * Runs `work`, trying again while it fails with a lock error. Only safe for work that
 * changes nothing when it fails that way: one statement, or one transaction begun
 * IMMEDIATE (which takes the lock before it writes anything).
 */
export async function retryBusy<T>(work: () => T | Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const until = Date.now() + waitMs;
  for (let pause = 1; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    try {
      return await work();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= until) throw new StillLockedError(`the database stayed locked for ${Math.round(waitMs / 1000)} s`, { cause: error });
    }
    await sleep(pause + Math.random() * pause);
  }
}
