/**
 * Waiting for SQLite's write lock without blocking the event loop. better-sqlite3 is
 * synchronous: its busy handler sleeps inside the call, freezing every request of the
 * process for as long as another process (an import) holds the lock. So the driver does
 * not wait ({@link BUSY_TIMEOUT_MS}); a statement that finds the database locked fails at
 * once, and waits here, asynchronously, in a queue ({@link LockQueue}).
 */
import type Database from 'better-sqlite3';

/** How long one attempt may block the event loop waiting for a lock: not at all. */
export const BUSY_TIMEOUT_MS = 0;
/** How long a caller waits for the lock in all before it fails. */
export const LOCK_WAIT_MS = 30_000;
/**
 * The pause between attempts grows to this: shorter than the 15 ms an import leaves between
 * its chunks, so that gap is never missed. Cheap, since only the first waiter tries.
 */
const MAX_PAUSE_MS = 5;
/** How long waiters run back to back, once the lock is free, before the loop gets a turn. */
const SLICE_MS = 8;

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

interface Waiter {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  until: number;
  waitMs: number;
}

/**
 * The callers of one connection waiting for the write lock, in the order they came. Only the
 * first one tries again (after 1, 2 and 4 ms, then every 5 ms); the rest wait behind it, so two hundred
 * waiting commands cost one attempt each pause instead of two hundred, and nobody overtakes.
 * Once the lock is free the queue is worked through in slices of {@link SLICE_MS}, each
 * followed by a turn of the event loop: the requests that arrived meanwhile are acknowledged
 * between slices, not after all of the queue. A turn is mostly shorter than the pause between
 * another process's attempts (up to 5 ms for an import), so the lock is seldom lost between slices.
 */
export class LockQueue {
  private readonly waiting: Waiter[] = [];
  private timer: NodeJS.Timeout | null = null;
  private draining = false;
  private pause = 1;

  /**
   * Runs `work`, and while it fails with a lock error, again in its turn. Only safe for work
   * that changes nothing when it fails that way: one statement, or one transaction begun
   * IMMEDIATE (which takes the lock before it writes anything).
   */
  async run<T>(work: () => T | Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
    if (this.waiting.length === 0) {
      try {
        return await work();
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject, until: Date.now() + waitMs, waitMs });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.timer !== null || this.draining) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.drain();
    }, this.pause);
    this.pause = Math.min(this.pause * 2, MAX_PAUSE_MS);
  }

  private async drain(): Promise<void> {
    this.draining = true;
    let slice = performance.now();
    while (this.waiting.length > 0) {
      const first = this.waiting[0]!;
      try {
        const value = await first.work();
        this.waiting.shift();
        this.pause = 1;
        first.resolve(value);
        if (this.waiting.length > 0 && performance.now() - slice > SLICE_MS) {
          await nextTurn();
          slice = performance.now();
        }
      } catch (error) {
        if (isBusy(error) && Date.now() < first.until) {
          this.draining = false;
          this.schedule();
          return;
        }
        this.waiting.shift();
        first.reject(isBusy(error) ? new StillLockedError(`the database stayed locked for ${Math.round(first.waitMs / 1000)} s`, { cause: error }) : error);
      }
    }
    this.draining = false;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const queues = new WeakMap<Database.Database, LockQueue>();

/** The one queue of a connection's callers waiting for its write lock. */
export function lockQueueOf(sqlite: Database.Database): LockQueue {
  let queue = queues.get(sqlite);
  if (queue === undefined) queues.set(sqlite, (queue = new LockQueue()));
  return queue;
}
