/** The PostgreSQL {@link Store}: a connection pool, each role port in its own module. */
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Clock, Store, StorePorts } from '../../app/ports/index.js';
import type { PgContext } from './context.js';
import { pgArtifactChecks } from './pg-artifact-checks.js';
import { pgCheckinAnswers } from './pg-checkin-answers.js';
import { pgConversationReferences } from './pg-conversation-references.js';
import { pgDeliveries } from './pg-deliveries.js';
import { pgDigestQueries } from './pg-digest-queries.js';
import { pgEndorsements } from './pg-endorsements.js';
import { UnitOfWorkGuard } from '../shared/unit-of-work-guard.js';
import { pgErrorKind } from './pg-errors.js';
import { pgIdentities } from './pg-identities.js';
import { pgImportRuns } from './pg-import-runs.js';
import { pgPeople } from './pg-people.js';
import { pgPersonalData } from './pg-personal-data.js';
import { pgSeenRequests } from './pg-seen-requests.js';
import { pgAudit, pgImports, pgSettings } from './pg-settings-audit.js';
import { pgTeams } from './pg-teams.js';
import { pgUsage } from './pg-usage.js';
import { pgWins } from './pg-wins.js';

/** Every role port over one context. */
function pgPorts(ctx: PgContext): StorePorts {
  return {
    ...pgPeople(ctx),
    ...pgTeams(ctx),
    ...pgWins(ctx),
    ...pgEndorsements(ctx),
    ...pgSettings(ctx),
    ...pgAudit(ctx),
    ...pgUsage(ctx),
    ...pgConversationReferences(ctx),
    ...pgDeliveries(ctx),
    ...pgCheckinAnswers(ctx),
    ...pgDigestQueries(ctx),
    ...pgImports(ctx),
    ...pgIdentities(ctx),
    ...pgImportRuns(ctx),
    ...pgPersonalData(ctx),
    ...pgArtifactChecks(ctx),
    ...pgSeenRequests(ctx),
  };
}

/** Attempts of a unit of work before a serialization failure is given up on. */
const MAX_ATTEMPTS = 8;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` in a SERIALIZABLE transaction and runs it again when PostgreSQL aborts it as
 * a serialization failure or deadlock. NOTE: why serializable: units of work read and then
 * write on what they read (is anybody an admin yet? how many +1s this week?). Under READ
 * COMMITTED two such transactions both read "nobody" and both write; serializable snapshot
 * isolation detects that read/write dependency and aborts one, which then re-reads the
 * committed state. Hence `fn` may run more than once and must only touch the store.
 */
async function unitOfWork<T>(db: NodePgDatabase, clock: Clock, guard: UnitOfWorkGuard, fn: (tx: StorePorts) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => guard.runInside(() => fn(pgPorts({ db: tx, clock }))), { isolationLevel: 'serializable' });
    } catch (error) {
      const kind = pgErrorKind(error);
      if ((kind !== 'serialization' && kind !== 'deadlock') || attempt >= MAX_ATTEMPTS) throw error;
      // A little jitter, so the same transactions do not collide again in lock-step.
      await pause(Math.random() * 5 * attempt);
    }
  }
}

/** Builds the store over a pool whose database is migrated. `close()` ends the pool. */
export function createPgStore(db: NodePgDatabase, pool: pg.Pool, clock: Clock): Store {
  const guard = new UnitOfWorkGuard();
  return {
    ...guard.wrap(pgPorts({ db, clock })),
    transaction: (fn) => unitOfWork(db, clock, guard, fn),
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}
