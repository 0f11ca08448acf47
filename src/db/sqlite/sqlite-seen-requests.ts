/** Seen request keys: one multi-row insert claims them all or none. */
import type { Statement } from 'better-sqlite3';
import type { SeenRequestStore } from '../../app/ports/index.js';
import { nowIso, run, type SqliteContext } from './context.js';
import { constraintViolation } from './sqlite-errors.js';

/** The SQLite implementation of {@link SeenRequestStore}. */
export function sqliteSeenRequests(ctx: SqliteContext): SeenRequestStore {
  const purge = ctx.sqlite.prepare<[string]>('DELETE FROM seen_requests WHERE expires_at < ?');
  const inserts = new Map<number, Statement<unknown[]>>();
  let claims = 0;
  // Prepared once per key count (one to three keys in practice).
  const insertFor = (count: number) => {
    let statement = inserts.get(count);
    if (statement === undefined) {
      statement = ctx.sqlite.prepare<unknown[]>(`INSERT INTO seen_requests (key, expires_at) VALUES ${Array.from({ length: count }, () => '(?, ?)').join(', ')}`);
      inserts.set(count, statement);
    }
    return statement;
  };
  return {
    claimRequestKeys: (keys, expiresAt) =>
      run(() => {
        if (keys.length === 0) return true;
        // Expired keys go now and then: a write per request would be one too many.
        if (claims++ % 256 === 0) purge.run(nowIso(ctx));
        try {
          insertFor(keys.length).run(...keys.flatMap((key) => [key, expiresAt]));
          return true;
        } catch (error) {
          if (constraintViolation(error) !== null) return false;
          throw error;
        }
      }),
  };
}
