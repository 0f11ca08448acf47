/** Identity mappings read back, and the identities whose usage belongs to nobody. */
import { asc, eq, isNull, sql } from 'drizzle-orm';
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
        return db
          .select({
            source: usageRecords.source,
            identity: usageRecords.identity,
            records: sql<number>`count(*)`.mapWith(Number),
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
