/** Identity mappings read back, and the identities whose usage belongs to nobody. */
import { asc, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { IdentityMappingStore } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { identityMappings, usageRecords } from './schema/index.js';

/** The SQLite implementation of the read side of {@link IdentityMappingStore}. */
export function sqliteIdentities({ db }: SqliteContext): Pick<IdentityMappingStore, 'listIdentityMappings' | 'listUnmappedIdentities'> {
  return {
    listIdentityMappings: (source) =>
      run(() => {
        const rows = db.select().from(identityMappings).where(eq(identityMappings.source, source)).all();
        return new Map(rows.map((r) => [r.identity, r.personId]));
      }),
    listUnmappedIdentities: () =>
      run(() => {
        const sum = (column: AnyColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);
        return db
          .select({
            source: usageRecords.source,
            identity: usageRecords.identity,
            records: sql<number>`count(*)`.mapWith(Number),
            inputTokens: sum(usageRecords.inputTokens),
            outputTokens: sum(usageRecords.outputTokens),
            requests: sum(usageRecords.requests),
            costMicros: sum(usageRecords.costMicros),
            lastDay: sql<string>`max(${usageRecords.day})`,
          })
          .from(usageRecords)
          .where(isNull(usageRecords.personId))
          .groupBy(usageRecords.source, usageRecords.identity)
          .orderBy(asc(usageRecords.source), asc(usageRecords.identity))
          .all();
      }),
  };
}
