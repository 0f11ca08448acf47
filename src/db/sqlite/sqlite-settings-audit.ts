/** Settings per scope, the audit log, and rows an import rejected. */
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AuditStore, ImportStore, SettingsStore } from '../../app/ports/index.js';
import { IMMEDIATE, nowIso, run, type SqliteContext } from './context.js';
import { toAuditEntry, toRejectedRow } from '../shared/mappers.js';
import { auditLog, rejectedImportRows, settings } from './schema/index.js';

/** Rejected rows per multi-row INSERT; 7 columns each stays far below SQLite's variable limit. */
const REJECTED_CHUNK = 500;

/** The SQLite implementation of {@link SettingsStore}. */
export function sqliteSettings({ db }: SqliteContext): SettingsStore {
  // Prepared once: every command reads the workspace settings.
  const byScope = db.select().from(settings).where(eq(settings.scope, sql.placeholder('scope'))).orderBy(asc(settings.key)).prepare();
  return {
    getSettings: (scope) =>
      run(() => {
        const rows = byScope.all({ scope });
        return Object.fromEntries(rows.map((r) => [r.key, r.value]));
      }),
    setSetting: (scope, key, value) =>
      run(() => {
        db.insert(settings)
          .values({ scope, key, value })
          .onConflictDoUpdate({ target: [settings.scope, settings.key], set: { value } })
          .run();
      }),
  };
}

/** The SQLite implementation of {@link AuditStore}. */
export function sqliteAudit(ctx: SqliteContext): AuditStore {
  const { db } = ctx;
  return {
    appendAudit: (entry) =>
      run(() => toAuditEntry(db.insert(auditLog).values({ ...entry, at: nowIso(ctx) }).returning().get())),
    listAudit: (limit) =>
      run(() => db.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit).all().map(toAuditEntry)),
  };
}

/** The SQLite implementation of {@link ImportStore}. */
export function sqliteImports(ctx: SqliteContext): ImportStore {
  const { db } = ctx;
  return {
    addRejectedRows: (rows) =>
      run(() => {
        if (rows.length === 0) return;
        const createdAt = nowIso(ctx);
        db.transaction((tx) => {
          for (let i = 0; i < rows.length; i += REJECTED_CHUNK) {
            const chunk = rows.slice(i, i + REJECTED_CHUNK).map((r) => ({ ...r, createdAt }));
            tx.insert(rejectedImportRows).values(chunk).run();
          }
        }, IMMEDIATE);
      }),
    listRejectedRows: (importId) =>
      run(() =>
        db
          .select()
          .from(rejectedImportRows)
          .where(eq(rejectedImportRows.importId, importId))
          .orderBy(asc(rejectedImportRows.id))
          .all()
          .map(toRejectedRow),
      ),
  };
}
