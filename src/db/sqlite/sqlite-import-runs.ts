/** Ingestion runs: recorded as running, finished with their counts or their error. */
import { desc, eq } from 'drizzle-orm';
import type { ImportRun, ImportRunStore } from '../../app/ports/index.js';
import { nowIso, run, type SqliteContext } from './context.js';
import { importRuns } from './schema/index.js';

type Row = typeof importRuns.$inferSelect;

const toImportRun = (r: Row): ImportRun => ({ ...r });

/** The SQLite implementation of {@link ImportRunStore}. */
export function sqliteImportRuns(ctx: SqliteContext): ImportRunStore {
  const { db } = ctx;
  return {
    startImportRun: (input) =>
      run(() => toImportRun(db.insert(importRuns).values({ ...input, status: 'running', startedAt: nowIso(ctx), heartbeatAt: nowIso(ctx) }).returning().get())),
    recordImportProgress: (id, progress) =>
      run(() => {
        db.update(importRuns).set({ ...progress, heartbeatAt: nowIso(ctx) }).where(eq(importRuns.id, id)).run();
      }),
    finishImportRun: (id, outcome) =>
      run(() => {
        const row = db.update(importRuns).set({ ...outcome, finishedAt: nowIso(ctx) }).where(eq(importRuns.id, id)).returning().get();
        if (row === undefined) throw new Error(`No import run ${id}`);
        return toImportRun(row);
      }),
    listImportRuns: (limit) =>
      run(() => db.select().from(importRuns).orderBy(desc(importRuns.id)).limit(limit).all().map(toImportRun)),
  };
}
