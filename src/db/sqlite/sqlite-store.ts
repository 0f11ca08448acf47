/** The SQLite {@link Store}: one connection, each role port in its own module. */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Clock, Store, StorePorts } from '../../app/ports/index.js';
import type { SqliteContext } from './context.js';
import { sqliteArtifactChecks } from './sqlite-artifact-checks.js';
import { sqliteCheckinAnswers } from './sqlite-checkin-answers.js';
import { sqliteConversationReferences } from './sqlite-conversation-references.js';
import { sqliteDeliveries } from './sqlite-deliveries.js';
import { sqliteDigestQueries } from './sqlite-digest-queries.js';
import { sqliteEndorsements } from './sqlite-endorsements.js';
import { sqliteIdentities } from './sqlite-identities.js';
import { sqliteImportRuns } from './sqlite-import-runs.js';
import { sqlitePeople } from './sqlite-people.js';
import { sqliteSeenRequests } from './sqlite-seen-requests.js';
import { sqlitePersonalData } from './sqlite-personal-data.js';
import { sqliteAudit, sqliteImports, sqliteSettings } from './sqlite-settings-audit.js';
import { sqliteTeams } from './sqlite-teams.js';
import { sqliteUsage } from './sqlite-usage.js';
import { sqliteWins } from './sqlite-wins.js';
import { lockQueueOf } from './busy.js';
import type { Checkpointer } from './checkpointer.js';
import { Gate, gated, runUnitOfWork } from './unit-of-work.js';

/** Every role port over one context. */
function sqlitePorts(ctx: SqliteContext): StorePorts {
  return {
    ...sqlitePeople(ctx),
    ...sqliteTeams(ctx),
    ...sqliteWins(ctx),
    ...sqliteEndorsements(ctx),
    ...sqliteSettings(ctx),
    ...sqliteAudit(ctx),
    ...sqliteUsage(ctx),
    ...sqliteDeliveries(ctx),
    ...sqliteCheckinAnswers(ctx),
    ...sqliteDigestQueries(ctx),
    ...sqliteImports(ctx),
    ...sqliteIdentities(ctx),
    ...sqliteImportRuns(ctx),
    ...sqliteArtifactChecks(ctx),
    ...sqliteConversationReferences(ctx),
    ...sqliteSeenRequests(ctx),
    ...sqlitePersonalData(ctx),
  };
}

const nextTick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Builds the store over an open, migrated connection. The store owns the connection (and its
 * checkpoint thread, if any) from here on: `close()` stops the thread and closes it.
 */
export function createSqliteStore(sqlite: Database.Database, clock: Clock, checkpointer?: Checkpointer): Store {
  const db = drizzle({ client: sqlite });
  const gate = new Gate();
  const outside = sqlitePorts({ db, sqlite, clock, afterTurn: (work) => nextTick().then(() => gate.pass(work)) });
  // Inside a unit of work the ports run straight through: the gate is theirs.
  const inside = sqlitePorts({ db, sqlite, clock, afterTurn: (work) => nextTick().then(work) });
  return {
    ...gated(outside, gate, lockQueueOf(sqlite)),
    transaction: (fn) => runUnitOfWork(sqlite, gate, lockQueueOf(sqlite), inside, fn),
    ping: () =>
      gate.pass(() => {
        sqlite.prepare('SELECT 1').get();
      }),
    close: async () => {
      await checkpointer?.stop();
      await gate.pass(() => {
        if (sqlite.open) sqlite.close();
      });
    },
  };
}
