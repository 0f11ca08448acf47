/**
 * Catches the outer store used inside its own unit of work. On SQLite that call would wait
 * for the transaction it is part of; on PostgreSQL it would run outside it, on another
 * connection, and not roll back with it. Both are bugs, so both dialects refuse the same way.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const MISUSE = 'The store was used inside its own transaction: use the `tx` it hands to the callback.';

export class UnitOfWorkGuard {
  private readonly inside = new AsyncLocalStorage<true>();

  /** Runs a unit of work's callback, marked so that outer calls made from it are caught. */
  runInside<T>(fn: () => Promise<T>): Promise<T> {
    return this.inside.run(true, fn);
  }

  /** Throws when called from inside a unit of work of this store. */
  refuseInside(): void {
    if (this.inside.getStore() === true) throw new Error(MISUSE);
  }

  /** The same methods, each refusing to run from inside a unit of work (as a rejection). */
  wrap<T extends object>(methods: T): T {
    const wrapped: Record<string, (...args: never[]) => Promise<unknown>> = {};
    for (const [name, method] of Object.entries(methods) as [string, (...args: never[]) => Promise<unknown>][]) {
      wrapped[name] = async (...args) => {
        this.refuseInside();
        return method(...args);
      };
    }
    return wrapped as T;
  }
}
