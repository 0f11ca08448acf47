/**
 * Units of work on the one SQLite connection. better-sqlite3 is synchronous but a unit of
 * work spans awaits, so while one is open every other caller of the store waits at a gate:
 * otherwise their statements would run inside the open transaction and commit or roll back
 * with it.
 */
import type Database from 'better-sqlite3';
import type { StorePorts } from '../../app/ports/index.js';
import type { LockQueue } from './busy.js';
import { UnitOfWorkGuard } from '../shared/unit-of-work-guard.js';

/** Open while a unit of work runs; callers outside it wait until it settles. */
export class Gate {
  private open: Promise<void> | null = null;
  /** Catches a call from inside the open unit of work, which would wait for itself. */
  readonly guard = new UnitOfWorkGuard();

  /**
   * Runs `work` once no unit of work is open. NOTE: `work` starts in the same tick the gate
   * is seen clear (at once when it already is), so nobody can slip in between.
   */
  async pass<T>(work: () => T | Promise<T>): Promise<T> {
    if (this.open !== null) this.guard.refuseInside();
    while (this.open !== null) await this.open;
    return work();
  }

  /** Closes the gate; the returned function opens it again. Only call inside `pass`. */
  hold(): () => void {
    let release = (): void => undefined;
    this.open = new Promise<void>((resolve) => {
      release = resolve;
    });
    return () => {
      this.open = null;
      release();
    };
  }
}

type AnyMethod = (...args: never[]) => Promise<unknown>;

/** Methods that wait for the lock chunk by chunk themselves. */
const SELF_WAITING = new Set<string>(['upsertUsage'] satisfies (keyof StorePorts)[]);

/** The same methods, each waiting for the gate to clear (and, when locked, for the write lock) before it runs. */
export function gated<T extends object>(methods: T, gate: Gate, locks: LockQueue): T {
  const wrapped: Record<string, AnyMethod> = {};
  for (const [name, method] of Object.entries(methods) as [string, AnyMethod][]) {
    // NOTE: safe to retry: every method is one statement or one IMMEDIATE transaction, which
    // fail on the lock before they change anything. An import is many transactions: each of
    // its chunks waits in the queue itself, and the import as a whole does not hold the head
    // of the queue (the chunks would wait behind it for ever).
    wrapped[name] = SELF_WAITING.has(name) ? (...args) => gate.pass(() => method(...args)) : (...args) => gate.pass(() => locks.run(() => method(...args)));
  }
  return wrapped as T;
}

/**
 * Runs `fn` inside `BEGIN IMMEDIATE … COMMIT`. Immediate, because a deferred transaction
 * that reads and then writes while another process commits fails at once with
 * SQLITE_BUSY_SNAPSHOT, which busy_timeout does not retry; taking the write lock up front
 * waits for it instead.
 */
export async function runUnitOfWork<T>(sqlite: Database.Database, gate: Gate, locks: LockQueue, tx: StorePorts, fn: (tx: StorePorts) => Promise<T>): Promise<T> {
  return gate.pass(async () => {
    const release = gate.hold();
    try {
      await locks.run(() => sqlite.exec('BEGIN IMMEDIATE'));
      try {
        const result = await gate.guard.runInside(() => fn(tx));
        sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
        throw error;
      }
    } finally {
      release();
    }
  });
}
