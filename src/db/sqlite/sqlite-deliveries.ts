/** Delivery claims: how a digest or check-in goes out exactly once across instances. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DeliveryStore } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { toDelivery } from '../shared/mappers.js';
import { deliveries } from './schema/index.js';

const keyIs = (kind: string, target: string, period: string) =>
  and(eq(deliveries.kind, kind), eq(deliveries.target, target), eq(deliveries.period, period));

/** The SQLite implementation of {@link DeliveryStore}. */
export function sqliteDeliveries(ctx: SqliteContext): DeliveryStore {
  const { db } = ctx;
  return {
    claimDelivery: (kind, target, period, now, staleBefore) =>
      run(() => claim(ctx, kind, target, period, now.toISOString(), staleBefore.toISOString())),
    completeDelivery: (kind, target, period, status, now, detail) =>
      run(() => {
        const { changes } = db
          .update(deliveries)
          .set({
            status,
            // Undefined leaves a column as it was: an earlier error or payload is kept.
            sentAt: status === 'sent' ? now.toISOString() : undefined,
            payload: detail.payload,
            lastError: detail.error,
          })
          .where(keyIs(kind, target, period))
          .run();
        if (changes === 0) throw new Error(`completeDelivery: ${kind}/${target}/${period} was never claimed`);
      }),
    getDelivery: (kind, target, period) =>
      run(() => {
        const row = db.select().from(deliveries).where(keyIs(kind, target, period)).get();
        return row ? toDelivery(row) : null;
      }),
    listDeliveries: (kind, target, limit) =>
      run(() =>
        db
          .select()
          .from(deliveries)
          .where(and(eq(deliveries.kind, kind), eq(deliveries.target, target)))
          .orderBy(desc(deliveries.period), desc(deliveries.id))
          .limit(limit)
          .all()
          .map(toDelivery),
      ),
  };
}

/**
 * NOTE: each statement is atomic and SQLite runs writers one at a time, so whoever's
 * INSERT lands, or whoever's conditional UPDATE changes the row, owns it. The UPDATE
 * moves `claimed_at` to now, so a second taker no longer finds the claim stale.
 */
function claim(ctx: SqliteContext, kind: string, target: string, period: string, now: string, staleBefore: string): boolean {
  const { db } = ctx;
  const fresh = db
    .insert(deliveries)
    .values({ kind, target, period, status: 'claimed', attempts: 1, claimedAt: now })
    .onConflictDoNothing()
    .run();
  if (fresh.changes > 0) return true;
  const takeover = db
    .update(deliveries)
    .set({ status: 'claimed', attempts: sql`${deliveries.attempts} + 1`, claimedAt: now })
    .where(
      and(
        keyIs(kind, target, period),
        inArray(deliveries.status, ['claimed', 'failed']),
        lt(deliveries.claimedAt, staleBefore),
      ),
    )
    .run();
  return takeover.changes > 0;
}
