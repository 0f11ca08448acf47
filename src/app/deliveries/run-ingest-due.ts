/**
 * The daily scheduled pull of every configured usage source, run from the delivery engine's
 * tick. Each pull is claimed like a delivery under ('ingest', `source:<name>`, UTC day), so
 * several instances and restarts pull once a day; a failed pull is retried with the engine's
 * backoff and, after the last attempt, the admins are told.
 */
import { ingestDueItems, type IngestDueItem } from '../../core/schedule/ingest-due.js';
import type { ChatPlatform, Delivery, Store, Telemetry, UsageSource } from '../ports/index.js';
import type { Logger } from '../context.js';
import { runIngest } from '../ingest/run-ingest.js';
import type { DueReport } from '../types.js';
import { dmAdmins } from './give-up.js';
import { createOutbox } from './outbox.js';
import { loadOrgSnapshot } from './org-snapshot.js';
import { backoffAfter, DELIVERY_POLICY } from './policy.js';

/** What scheduled pulls need; without a platform, a give-up is only logged and audited. */
export interface IngestDueDeps {
  store: Store;
  log: Logger;
  sources: readonly UsageSource[];
  platforms?: readonly ChatPlatform[];
  telemetry?: Telemetry;
  runOwner?: string;
}

const keyOf = (i: IngestDueItem): string => `${i.kind} ${i.target} ${i.period}`;

const finished = (d: Delivery): boolean =>
  d.status === 'sent' || d.status === 'skipped' || (d.status === 'failed' && d.attempts >= DELIVERY_POLICY.maxAttempts);

/**
 * Pulls each source whose daily pull is due at `now` and not yet done. NOTE: a day missed
 * while shiplog was down is not replayed: the next pull's overlapping window covers it, and
 * a longer gap is for `ingest run` or the CLI with `--from`.
 */
export async function runIngestDue(deps: IngestDueDeps, now: Date): Promise<DueReport> {
  const report: DueReport = { sent: [], skipped: [], failed: [] };
  const names = deps.sources.map((s) => s.name);
  for (const item of ingestDueItems(names, now)) {
    const source = deps.sources.find((s) => s.name === item.source);
    if (source) await pullOnce(deps, source, item, now, report);
  }
  return report;
}

async function pullOnce(deps: IngestDueDeps, source: UsageSource, item: IngestDueItem, now: Date, report: DueReport): Promise<void> {
  const existing = await deps.store.getDelivery(item.kind, item.target, item.period);
  if (existing && finished(existing)) return;
  // NOTE: a claim is taken over only once stale (or its failure's backoff has passed), as for deliveries.
  const wait = existing?.status === 'failed' ? backoffAfter(existing.attempts) : DELIVERY_POLICY.staleClaimMs;
  if (!(await deps.store.claimDelivery(item.kind, item.target, item.period, now, new Date(now.getTime() - wait + 1)))) return;
  const attempts = (existing?.attempts ?? 0) + 1;
  const failure = await pull(deps, source, item);
  if (failure === null) {
    await deps.store.completeDelivery(item.kind, item.target, item.period, 'sent', now, {});
    report.sent.push(keyOf(item));
    return;
  }
  deps.log.warn({ delivery: keyOf(item), attempts, err: failure }, 'scheduled usage pull failed');
  await deps.store.completeDelivery(item.kind, item.target, item.period, 'failed', now, { error: failure });
  report.failed.push(keyOf(item));
  if (attempts >= DELIVERY_POLICY.maxAttempts) await giveUp(deps, item, attempts, failure);
}

/** Runs the pull; returns null on success, else the sentence saying why it failed. */
async function pull(deps: IngestDueDeps, source: UsageSource, item: IngestDueItem): Promise<string | null> {
  try {
    const scope = `${item.range.from} to ${item.range.to}`;
    const report = await runIngest(deps.store, { source, range: item.range, scope, trigger: 'schedule', actorId: null, ...(deps.telemetry && { telemetry: deps.telemetry }), ...(deps.runOwner !== undefined && { owner: deps.runOwner }) });
    return report.failure === null ? null : report.failure.message;
  } catch (error) {
    // runIngest has recorded the run as failed; a bug is retried like any failure, and logged in full.
    deps.log.error({ delivery: keyOf(item), err: error instanceof Error ? error.stack : String(error) }, 'scheduled usage pull hit a bug');
    return 'shiplog hit an internal error; the log has the details.';
  }
}

async function giveUp(deps: IngestDueDeps, item: IngestDueItem, attempts: number, reason: string): Promise<void> {
  await deps.store.appendAudit({ actorId: null, action: 'delivery.failed', target: item.target, detail: `${item.kind} ${item.period}: gave up after ${attempts} attempts: ${reason}` });
  const outbox = createOutbox(deps.platforms ?? []);
  if (outbox === null) return;
  const org = await loadOrgSnapshot(deps.store, outbox.platforms);
  await dmAdmins({ outbox, log: deps.log }, org,
    `shiplog could not pull usage from ${item.source} for ${item.range.from} to ${item.range.to} after ${attempts} attempts (last error: ${reason}). It will try again tomorrow; to pull now: ingest run ${item.source}`);
}
