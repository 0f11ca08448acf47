/**
 * The daily re-check of artifacts that were not done yet (or whose provider failed), for 14
 * days after the first check. Each win's re-check is claimed like a delivery under
 * ('artifact-check', `win:<id>`, UTC day), so several instances and restarts check once a day.
 */
import type { DueReport } from '../types.js';
import type { Store } from '../ports/index.js';
import { checkWin } from './check-win.js';
import { notifyAuthor, type NotifyDeps } from './start-check.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Re-checks stop this long after a win's first check; what is still open stays linked. */
export const RECHECK_WINDOW_MS = 14 * DAY_MS;
/** A check newer than this is not repeated yet (a little under a day, so the daily time can drift). */
const RECHECK_AFTER_MS = 20 * 60 * 60 * 1000;
/** A claim left by a process that died is taken over after this long. */
const STALE_CLAIM_MS = 10 * 60 * 1000;
/** Wins re-checked per tick at most; the rest wait for the next tick, which keeps rate limits. */
const PER_TICK = 50;

async function claim(store: Store, winId: number, day: string, now: Date): Promise<boolean> {
  return store.claimDelivery('artifact-check', `win:${winId}`, day, now, new Date(now.getTime() - STALE_CLAIM_MS));
}

/** Re-checks every win whose pending or failed checks are due at `now`. */
export async function runVerifyDue(deps: NotifyDeps, now: Date): Promise<DueReport> {
  const report: DueReport = { sent: [], skipped: [], failed: [] };
  if (deps.verifiers.length === 0) return report;
  const due = await deps.store.listChecksDue(new Date(now.getTime() - RECHECK_WINDOW_MS), new Date(now.getTime() - RECHECK_AFTER_MS), PER_TICK * 4);
  const day = now.toISOString().slice(0, 10);
  for (const winId of [...new Set(due.map((c) => c.winId))].slice(0, PER_TICK)) {
    if (!(await claim(deps.store, winId, day, now))) continue;
    const win = await deps.store.getWin(winId);
    const key = `artifact-check win:${winId} ${day}`;
    if (!win) {
      await deps.store.completeDelivery('artifact-check', `win:${winId}`, day, 'skipped', now, {});
      report.skipped.push(key);
      continue;
    }
    const evidence = await checkWin(deps, win, now);
    await deps.store.completeDelivery('artifact-check', `win:${winId}`, day, 'sent', now, {});
    await notifyAuthor(deps, win, evidence);
    report.sent.push(key);
  }
  return report;
}
