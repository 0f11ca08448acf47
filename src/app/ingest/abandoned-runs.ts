/**
 * Runs whose process died: a run left `running` by a process that was killed or crashed
 * is marked `abandoned` at the next start, with how far it got, instead of running forever.
 */
import type { ImportRunStore } from '../ports/index.js';

/** A run whose owner cannot be checked (another host) is abandoned after this long without progress. */
export const STALE_RUN_MS = 15 * 60 * 1000;
/** Running runs looked at; more than this at once means something else is wrong. */
const SCANNED = 500;

/** Who owns runs here, and whether another owner still lives. */
export interface RunOwners {
  /** This process, as stored with its runs (`host:pid`). */
  self: string;
  /** false: that process is gone; null: cannot tell (another host, or no owner recorded). */
  isAlive(owner: string | null): boolean | null;
}

/** Marks every run whose owner is gone as abandoned; returns their ids. */
export async function abandonDeadRuns(store: ImportRunStore, owners: RunOwners, now: Date): Promise<number[]> {
  const running = (await store.listImportRuns(SCANNED)).filter((r) => r.status === 'running' && r.owner !== owners.self);
  const abandoned: number[] = [];
  for (const run of running) {
    const alive = owners.isAlive(run.owner);
    const quiet = now.getTime() - Date.parse(run.heartbeatAt ?? run.startedAt) > STALE_RUN_MS;
    // A live owner with no progress for so long has hung; a reused pid looks alive too.
    if (alive !== false && !quiet) continue;
    const stored = run.inserted + run.updated;
    await store.finishImportRun(run.id, {
      status: 'abandoned', read: run.read, inserted: run.inserted, updated: run.updated, rejected: run.rejected, unmatched: run.unmatched,
      error: `INGEST.ABANDONED: its process stopped before the end (killed or crashed) after ${run.read.toLocaleString('en-US')} rows; ${stored > 0 ? 'what was stored is kept; ' : ''}import it again to complete it.`,
    });
    abandoned.push(run.id);
  }
  return abandoned;
}
