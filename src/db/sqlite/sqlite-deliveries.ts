/** Delivery claims: how a digest or check-in goes out exactly once across instances. */
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { DeliveryStore } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { toDelivery } from '../shared/mappers.js';
import { deliveries } from './schema/index.js';

const ph = (name: string) => sql.placeholder(name);
const KEY = and(eq(deliveries.kind, ph('kind')), eq(deliveries.target, ph('target')), eq(deliveries.period, ph('period')));

/** The SQLite implementation of {@link DeliveryStore}. */
export function sqliteDeliveries(ctx: SqliteContext): DeliveryStore {
  const { db } = ctx;
  // NOTE: prepared once: a weekly fan-out claims, reads and completes every delivery (bench/fanout),
  // and building each query again cost more than running it.
  const q = {
    get: db.select().from(deliveries).where(KEY).prepare(),
    insertClaim: db
      .insert(deliveries)
      .values({ kind: ph('kind'), target: ph('target'), period: ph('period'), status: 'claimed', attempts: 1, claimedAt: ph('now') })
      .onConflictDoNothing()
      .prepare(),
    takeOver: db
      .update(deliveries)
      .set({ status: 'claimed', attempts: sql`${deliveries.attempts} + 1`, claimedAt: sql`${ph('now')}` })
      .where(and(KEY, inArray(deliveries.status, ['claimed', 'failed']), lt(deliveries.claimedAt, ph('staleBefore'))))
      .prepare(),
    // Null leaves a column as it was: an earlier error or payload is kept.
    complete: db
      .update(deliveries)
      .set({
        status: sql`${ph('status')}`,
        sentAt: sql`coalesce(${ph('sentAt')}, ${deliveries.sentAt})`,
        payload: sql`coalesce(${ph('payload')}, ${deliveries.payload})`,
        lastError: sql`coalesce(${ph('lastError')}, ${deliveries.lastError})`,
      })
      .where(KEY)
      .prepare(),
  };
  return {
    claimDelivery: (kind, target, period, now, staleBefore) =>
      run(() => claim(q, { kind, target, period, now: now.toISOString(), staleBefore: staleBefore.toISOString() })),
    completeDelivery: (kind, target, period, status, now, detail) =>
      run(() => {
        const { changes } = q.complete.run({
          kind, target, period, status,
          sentAt: status === 'sent' ? now.toISOString() : null,
          payload: detail.payload ?? null,
          lastError: detail.error ?? null,
        });
        if (changes === 0) throw new Error(`completeDelivery: ${kind}/${target}/${period} was never claimed`);
      }),
    getDelivery: (kind, target, period) =>
      run(() => {
        const row = q.get.get({ kind, target, period });
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

interface ClaimStatements {
  insertClaim: { run(params: Record<string, unknown>): { changes: number } };
  takeOver: { run(params: Record<string, unknown>): { changes: number } };
}

/**
 * NOTE: each statement is atomic and SQLite runs writers one at a time, so whoever's
 * INSERT lands, or whoever's conditional UPDATE changes the row, owns it. The UPDATE
 * moves `claimed_at` to now, so a second taker no longer finds the claim stale.
 */
function claim(q: ClaimStatements, key: { kind: string; target: string; period: string; now: string; staleBefore: string }): boolean {
  if (q.insertClaim.run({ kind: key.kind, target: key.target, period: key.period, now: key.now }).changes > 0) return true;
  return q.takeOver.run(key).changes > 0;
}
