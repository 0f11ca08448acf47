/** The SQLite {@link Store}: one connection, each area of the port in its own module. */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Clock, Store } from '../ports.js';
import { run, type SqliteContext } from './context.js';
import { sqliteCheckinAnswers } from './sqlite-checkin-answers.js';
import { sqliteDeliveries } from './sqlite-deliveries.js';
import { sqliteDigestQueries } from './sqlite-digest-queries.js';
import { sqlitePeople } from './sqlite-people.js';
import { sqliteAudit, sqliteImports, sqliteSettings } from './sqlite-settings-audit.js';
import { sqliteTeams } from './sqlite-teams.js';
import { sqliteUsage } from './sqlite-usage.js';
import { sqliteWins } from './sqlite-wins.js';
import { sqliteIdentities } from './sqlite-identities.js';
import { sqliteImportRuns } from './sqlite-import-runs.js';
import type { IdentityMappingStore } from './store-extensions.js';

/** What the SQLite store offers: the port, plus methods proposed for it. */
export type SqliteStore = Store & IdentityMappingStore;

/**
 * Builds the store over an open, migrated connection. The store owns the connection
 * from here on: `close()` closes it.
 */
export function createSqliteStore(sqlite: Database.Database, clock: Clock): SqliteStore {
  const ctx: SqliteContext = { db: drizzle({ client: sqlite }), sqlite, clock };
  return {
    ...sqlitePeople(ctx),
    ...sqliteTeams(ctx),
    ...sqliteWins(ctx),
    ...sqliteSettings(ctx),
    ...sqliteAudit(ctx),
    ...sqliteUsage(ctx),
    ...sqliteDeliveries(ctx),
    ...sqliteCheckinAnswers(ctx),
    ...sqliteDigestQueries(ctx),
    ...sqliteImports(ctx),
    ...sqliteIdentities(ctx),
    ...sqliteImportRuns(ctx),
    close: () =>
      run(() => {
        if (sqlite.open) sqlite.close();
      }),
  };
}
