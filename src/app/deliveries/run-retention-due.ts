/**
 * The daily retention purge, run from the delivery engine's tick. Claimed like a delivery
 * under ('retention', 'workspace', UTC day), so several instances and restarts purge once a
 * day; a failed purge is retried with the engine's backoff. Audited with its counts.
 */
import { retentionDue } from '../../core/schedule/retention-due.js';
import { resolveSettings } from '../../core/settings.js';
import type { Delivery, Store } from '../ports/index.js';
import type { Logger } from '../context.js';
import { backoffAfter, DELIVERY_POLICY } from './policy.js';

const done = (d: Delivery): boolean => d.status === 'sent' || (d.status === 'failed' && d.attempts >= DELIVERY_POLICY.maxAttempts);

/** Purges usage records, rejected import rows and check-in answers older than `retention-days`; wins stay. */
/** Purges once a day; resolves to what happened, as a `kind target period` key and an outcome (null: not due or not ours). */
export async function runRetentionDue(deps: { store: Store; log: Logger }, now: Date): Promise<{ key: string; ok: boolean } | null> {
  const settings = resolveSettings(await deps.store.getSettings('workspace'));
  const item = retentionDue(now, settings.retentionDays);
  if (item === null) return null;
  const key = `${item.kind} ${item.target} ${item.period}`;
  const existing = await deps.store.getDelivery(item.kind, item.target, item.period);
  if (existing && done(existing)) return null;
  const wait = existing?.status === 'failed' ? backoffAfter(existing.attempts) : DELIVERY_POLICY.staleClaimMs;
  if (!(await deps.store.claimDelivery(item.kind, item.target, item.period, now, new Date(now.getTime() - wait + 1)))) return null;
  try {
    const counts = await deps.store.purgeBefore(item.cutoff);
    const line = Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', ');
    // A day with nothing old enough is recorded in the deliveries table only, not in the audit log.
    if (Object.values(counts).some((n) => n > 0)) {
      await deps.store.appendAudit({ actorId: null, action: 'data.retention', target: '', detail: `deleted rows dated before ${item.cutoff} (retention-days ${settings.retentionDays}): ${line}` });
    }
    await deps.store.completeDelivery(item.kind, item.target, item.period, 'sent', now, {});
    return { key, ok: true };
  } catch (error) {
    deps.log.error({ delivery: key, err: error instanceof Error ? error.stack : String(error) }, 'retention purge failed');
    await deps.store.completeDelivery(item.kind, item.target, item.period, 'failed', now, { error: 'the purge failed; the log has the details' });
    return { key, ok: false };
  }
}
