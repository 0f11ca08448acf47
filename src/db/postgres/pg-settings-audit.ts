/** Settings per scope, the audit log, and rows an import rejected. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AuditStore, ImportStore, SettingsStore } from '../../app/ports/index.js';
import { toAuditEntry, toRejectedRow } from '../shared/mappers.js';
import { nowIso, preparedOnce, type PgContext } from './context.js';
import { auditLog, rejectedImportRows, settings } from './schema/index.js';

/** Rejected rows per multi-row INSERT; 7 columns each stays far below PostgreSQL's 65,535 parameters. */
const REJECTED_CHUNK = 1_000;

/** The PostgreSQL implementation of {@link SettingsStore}. */
export function pgSettings({ db }: PgContext): SettingsStore {
  // Read for every digest and command (see preparedOnce).
  const statements = preparedOnce(() => ({
    byScope: db.select().from(settings).where(eq(settings.scope, sql.placeholder('scope'))).orderBy(asc(settings.key)).prepare('settings_by_scope'),
  }));
  return {
    getSettings: async (scope) => {
      const rows = await statements().byScope.execute({ scope });
      return Object.fromEntries(rows.map((r) => [r.key, r.value]));
    },
    setSetting: async (scope, key, value) => {
      await db.insert(settings).values({ scope, key, value }).onConflictDoUpdate({ target: [settings.scope, settings.key], set: { value } });
    },
  };
}

/** The PostgreSQL implementation of {@link AuditStore}. */
export function pgAudit(ctx: PgContext): AuditStore {
  const { db } = ctx;
  return {
    appendAudit: async (entry) => {
      const [row] = await db.insert(auditLog).values({ ...entry, at: nowIso(ctx) }).returning();
      if (!row) throw new Error('appendAudit: the insert returned no row');
      return toAuditEntry(row);
    },
    listAudit: async (limit) => (await db.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit)).map(toAuditEntry),
  };
}

/** The PostgreSQL implementation of {@link ImportStore}. */
export function pgImports(ctx: PgContext): ImportStore {
  const { db } = ctx;
  return {
    addRejectedRows: async (rows) => {
      if (rows.length === 0) return;
      const createdAt = nowIso(ctx);
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += REJECTED_CHUNK) {
          await tx.insert(rejectedImportRows).values(rows.slice(i, i + REJECTED_CHUNK).map((r) => ({ ...r, createdAt })));
        }
      });
    },
    listRejectedRows: async (importId) =>
      (await db.select().from(rejectedImportRows).where(eq(rejectedImportRows.importId, importId)).orderBy(asc(rejectedImportRows.id))).map(toRejectedRow),
  };
}
