/** Ingestion runs: recorded as running, finished with their counts or their error. */
import { desc, eq } from 'drizzle-orm';
import type { ImportRun, ImportRunStore } from '../../app/ports/index.js';
import { nowIso, type PgContext } from './context.js';
import { importRuns } from './schema/index.js';

const toImportRun = (r: typeof importRuns.$inferSelect): ImportRun => ({ ...r });

/** The PostgreSQL implementation of {@link ImportRunStore}. */
export function pgImportRuns(ctx: PgContext): ImportRunStore {
  const { db } = ctx;
  return {
    startImportRun: async (input) => {
      const [row] = await db.insert(importRuns).values({ ...input, status: 'running', startedAt: nowIso(ctx), heartbeatAt: nowIso(ctx) }).returning();
      if (!row) throw new Error('startImportRun: the insert returned no row');
      return toImportRun(row);
    },
    recordImportProgress: async (id, progress) => {
      await db.update(importRuns).set({ ...progress, heartbeatAt: nowIso(ctx) }).where(eq(importRuns.id, id));
    },
    finishImportRun: async (id, outcome) => {
      const [row] = await db.update(importRuns).set({ ...outcome, finishedAt: nowIso(ctx) }).where(eq(importRuns.id, id)).returning();
      if (row === undefined) throw new Error(`No import run ${id}`);
      return toImportRun(row);
    },
    listImportRuns: async (limit) => (await db.select().from(importRuns).orderBy(desc(importRuns.id)).limit(limit)).map(toImportRun),
  };
}
