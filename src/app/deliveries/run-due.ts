/**
 * The delivery engine: on each tick, works out what is due and sends each item once.
 * Every send is claimed under (kind, target, period) first, so several instances and
 * restarts never send twice; failures are retried with backoff and, after the last
 * attempt, reported to the admins.
 */
import { sendFailure } from '../ports/index.js';
import { isQuietAt } from '../../core/schedule/calendar.js';
import { dueItems, type DueItem, type OrgSnapshot } from '../../core/schedule/due-items.js';
import type { Delivery } from '../ports/index.js';
import type { Logger } from '../context.js';
import type { DueReport } from '../types.js';
import { loadOrgSnapshot } from './org-snapshot.js';
import { outgoingFor, type OutgoingDeps } from './outgoing.js';
import { backoffAfter, DELIVERY_POLICY } from './policy.js';
import { tellAdminsDeliveryFailed } from './give-up.js';
import { sendToEach } from './send-each.js';
import { forEachInFlight } from './in-flight.js';

/** What the engine needs: the store, the platform to send through, digest composers, a log. */
export interface DeliveryDeps extends OutgoingDeps {
  log: Logger;
}


/** Items handled between turns of the event loop (bench/fanout: 20,000 finished items blocked it for 27 s). */
const YIELD_EVERY = 50;

/**
 * Items worked on at once. NOTE: one at a time, a person's presence look-up and post each waited
 * for the one before to be answered, so Slack's round trips added to the rate tiers' pace
 * (bench/fanout); a few in flight overlap them, while the platform's pacer keeps every tier.
 */
const IN_FLIGHT = 8;

/** Check-ins and reminders are personal DMs: they respect quiet hours even when late. */
const PERSONAL = new Set(['checkin', 'reminder']);

const keyOf = (i: DueItem): string => `${i.kind} ${i.target} ${i.period}`;

const finished = (d: Delivery): boolean =>
  d.status === 'sent' || d.status === 'skipped' || (d.status === 'failed' && d.attempts >= DELIVERY_POLICY.maxAttempts);

/**
 * Keys known to be finished, per store. NOTE: a finished delivery never becomes due again,
 * so remembering it is safe across instances and saves a query per item on every tick.
 */
const finishedKeys = new WeakMap<object, Set<string>>();

function finishedSet(deps: DeliveryDeps): Set<string> {
  let set = finishedKeys.get(deps.store);
  if (!set) finishedKeys.set(deps.store, (set = new Set()));
  return set;
}

/** Sends everything due at `now` (and catches up on the last 24 h); see {@link DELIVERY_POLICY}. */
export async function runDue(deps: DeliveryDeps, now: Date): Promise<DueReport> {
  const org = await loadOrgSnapshot(deps.store, deps.outbox.platforms);
  const items = dueItems(org, new Date(now.getTime() - DELIVERY_POLICY.lookbackMs), now);
  // One report per item, merged in the items' order, whatever order they finish in.
  const reports: DueReport[] = [];
  // NOTE: items that need no send (already finished, skipped) touch only the database, which
  // on SQLite never yields; thousands of them in a row would hold back every ack meanwhile.
  await forEachInFlight(items, (i) => i.target, { limit: IN_FLIGHT, yieldEvery: YIELD_EVERY }, async (item, index) => {
    await deliver(deps, org, item, now, (reports[index] = { sent: [], skipped: [], failed: [] }));
  });
  return mergeReports(reports);
}

function mergeReports(reports: readonly (DueReport | undefined)[]): DueReport {
  const total: DueReport = { sent: [], skipped: [], failed: [] };
  for (const r of reports) {
    if (r === undefined) continue;
    total.sent.push(...r.sent);
    total.skipped.push(...r.skipped);
    total.failed.push(...r.failed);
  }
  return total;
}

/**
 * Runs every due moment between `from` and `to` in order, then `to` itself: what a
 * clock jumping forward (the console's `tick`) would have seen minute by minute.
 */
export async function runDueBetween(deps: DeliveryDeps, from: Date, to: Date): Promise<DueReport> {
  const org = await loadOrgSnapshot(deps.store, deps.outbox.platforms);
  const moments = [...new Set(dueItems(org, from, to).map((i) => i.due.getTime())), to.getTime()];
  const reports: DueReport[] = [];
  for (const at of moments) reports.push(await runDue(deps, new Date(at)));
  return mergeReports(reports);
}

async function deliver(deps: DeliveryDeps, org: OrgSnapshot, item: DueItem, now: Date, report: DueReport): Promise<void> {
  const done = finishedSet(deps);
  if (done.has(keyOf(item))) return;
  const existing = await deps.store.getDelivery(item.kind, item.target, item.period);
  if (existing && finished(existing)) return void done.add(keyOf(item));
  const tooOld = item.due.getTime() < now.getTime() - DELIVERY_POLICY.catchUpMs;
  if (!item.away && !tooOld && PERSONAL.has(item.kind) && isQuietAt(now, item.zone)) return;
  if (!(await claim(deps, item, now, existing))) return;
  if (item.away) return complete(deps, item, now, report, 'skipped', { error: 'away' });
  if (tooOld) {
    await deps.store.appendAudit({
      actorId: null,
      action: 'delivery.skipped',
      target: item.target,
      detail: `${item.kind} for ${item.period} was due ${item.due.toISOString()}; missed by more than 24 h, so it was not sent`,
    });
    return complete(deps, item, now, report, 'skipped', { error: 'missed by more than 24 h' });
  }
  await attempt(deps, org, item, now, (existing?.attempts ?? 0) + 1, report);
}

/**
 * Takes the delivery: new, or a crashed claim gone stale, or a failure whose backoff has
 * passed. NOTE: `existing` may be outdated by the time the claim runs (another instance
 * may have just claimed), so a claim is only ever taken over once it is stale.
 */
function claim(deps: DeliveryDeps, item: DueItem, now: Date, existing: Delivery | null): Promise<boolean> {
  const wait = existing?.status === 'failed' ? backoffAfter(existing.attempts) : DELIVERY_POLICY.staleClaimMs;
  return deps.store.claimDelivery(item.kind, item.target, item.period, now, new Date(now.getTime() - wait + 1));
}

async function complete(
  deps: DeliveryDeps, item: DueItem, now: Date, report: DueReport,
  status: 'sent' | 'failed' | 'skipped', detail: { payload?: string; error?: string },
): Promise<void> {
  await deps.store.completeDelivery(item.kind, item.target, item.period, status, now, detail);
  report[status].push(keyOf(item));
}

async function attempt(deps: DeliveryDeps, org: OrgSnapshot, item: DueItem, now: Date, attempts: number, report: DueReport): Promise<void> {
  try {
    const out = await outgoingFor(deps, org, item);
    if ('skip' in out) return await complete(deps, item, now, report, 'skipped', { error: out.skip });
    const each = await sendToEach(deps, { kind: item.kind, target: item.target, period: item.period }, out.to, out.message, now);
    // Everyone refused for good (blocked the bot): nothing to retry, nothing sent.
    if (each.sent + each.already === 0 && each.unreachable.length > 0) return await complete(deps, item, now, report, 'skipped', { error: 'unreachable on its platform' });
    await complete(deps, item, now, report, 'sent', { payload: JSON.stringify(out.message) });
  } catch (error) {
    const { reason, fix } = sendFailure(error);
    deps.log.warn({ delivery: keyOf(item), attempts, err: reason }, 'delivery failed');
    await complete(deps, item, now, report, 'failed', { error: reason });
    if (attempts >= DELIVERY_POLICY.maxAttempts) await tellAdminsDeliveryFailed(deps, org, item, attempts, reason, fix);
  }
}
