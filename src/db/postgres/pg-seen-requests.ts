/** Seen request keys: one multi-row insert claims them all or none. */
import { lt } from 'drizzle-orm';
import type { SeenRequestStore } from '../../app/ports/index.js';
import { nowIso, type PgContext } from './context.js';
import { pgErrorKind } from './pg-errors.js';
import { seenRequests } from './schema/index.js';

/**
 * The PostgreSQL implementation of {@link SeenRequestStore}. NOTE: safe across instances:
 * the primary key admits one insert of a key; the single statement inserts all keys or none.
 */
export function pgSeenRequests(ctx: PgContext): SeenRequestStore {
  const { db } = ctx;
  let claims = 0;
  return {
    claimRequestKeys: async (keys, expiresAt) => {
      if (keys.length === 0) return true;
      // Expired keys go now and then: a write per request would be one too many.
      if (claims++ % 256 === 0) await db.delete(seenRequests).where(lt(seenRequests.expiresAt, nowIso(ctx)));
      try {
        await db.insert(seenRequests).values(keys.map((key) => ({ key, expiresAt })));
        return true;
      } catch (error) {
        if (pgErrorKind(error) === 'unique') return false;
        throw error;
      }
    },
  };
}
