/** Identity mappings read back, and the identities whose usage belongs to nobody. */
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { IdentityMappingStore } from '../../app/ports/index.js';
import type { PgContext } from './context.js';
import { identityMappings, usageRecords } from './schema/index.js';

/** The PostgreSQL implementation of the read side of {@link IdentityMappingStore}. */
export function pgIdentities({ db }: PgContext): Pick<IdentityMappingStore, 'listIdentityMappings' | 'listUnmappedIdentities'> {
  return {
    listIdentityMappings: async (source) => {
      const rows = await db.select().from(identityMappings).where(eq(identityMappings.source, source));
      return new Map(rows.map((r) => [r.identity, r.personId]));
    },
    listUnmappedIdentities: () =>
      db
        .select({
          source: usageRecords.source,
          identity: usageRecords.identity,
          records: sql<number>`count(*)`.mapWith(Number),
          lastDay: sql<string>`max(${usageRecords.day})`,
        })
        .from(usageRecords)
        .where(isNull(usageRecords.personId))
        .groupBy(usageRecords.source, usageRecords.identity)
        .orderBy(asc(usageRecords.source), asc(usageRecords.identity)),
  };
}
