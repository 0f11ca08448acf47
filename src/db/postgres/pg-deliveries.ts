/** Delivery claims: how a digest or check-in goes out exactly once across instances. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DeliveryStore } from '../../app/ports/index.js';
import { toDelivery } from '../shared/mappers.js';
import type { PgContext } from './context.js';
import { deliveries } from './schema/index.js';

const keyIs = (kind: string, target: string, period: string) =>
  and(eq(deliveries.kind, kind), eq(deliveries.target, target), eq(deliveries.period, period));

/** The PostgreSQL implementation of {@link DeliveryStore}. */
export function pgDeliveries(ctx: PgContext): DeliveryStore {
  const { db } = ctx;
  return {
    claimDelivery: (kind, target, period, now, staleBefore) => claim(ctx, kind, target, period, now.toISOString(), staleBefore.toISOString()),
    completeDelivery: async (kind, target, period, status, now, detail) => {
      const done = await db
        .update(deliveries)
        .set({
          status,
          // Undefined leaves a column as it was: an earlier error or payload is kept.
          sentAt: status === 'sent' ? now.toISOString() : undefined,
          payload: detail.payload,
          lastError: detail.error,
        })
        .where(keyIs(kind, target, period))
        .returning({ id: deliveries.id });
      if (done.length === 0) throw new Error(`completeDelivery: ${kind}/${target}/${period} was never claimed`);
    },
    getDelivery: async (kind, target, period) => {
      const [row] = await db.select().from(deliveries).where(keyIs(kind, target, period));
      return row ? toDelivery(row) : null;
    },
    listDeliveries: async (kind, target, limit) =>
      (
        await db
          .select()
          .from(deliveries)
          .where(and(eq(deliveries.kind, kind), eq(deliveries.target, target)))
          .orderBy(desc(deliveries.period), desc(deliveries.id))
          .limit(limit)
      ).map(toDelivery),
  };
}

/**
 * NOTE: two statements, each safe on its own under READ COMMITTED with many writers.
 * The INSERT … ON CONFLICT DO NOTHING lets exactly one of racing inserters create the row
 * (the unique index arbitrates). The take-over UPDATE locks the row; a second updater
 * blocks on that lock and, once the first commits, re-checks its WHERE against the new row
 * version — `claimed_at` has moved to now, so the claim is no longer stale and it loses.
 */
async function claim(ctx: PgContext, kind: string, target: string, period: string, now: string, staleBefore: string): Promise<boolean> {
  const { db } = ctx;
  const fresh = await db
    .insert(deliveries)
    .values({ kind, target, period, status: 'claimed', attempts: 1, claimedAt: now })
    .onConflictDoNothing()
    .returning({ id: deliveries.id });
  if (fresh.length > 0) return true;
  const takeover = await db
    .update(deliveries)
    .set({ status: 'claimed', attempts: sql`${deliveries.attempts} + 1`, claimedAt: now })
    .where(and(keyIs(kind, target, period), inArray(deliveries.status, ['claimed', 'failed']), lt(deliveries.claimedAt, staleBefore)))
    .returning({ id: deliveries.id });
  return takeover.length > 0;
}
