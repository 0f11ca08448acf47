/** Endorsements (+1s) on wins, and the weekly count each person has given. */
import { and, count, eq } from 'drizzle-orm';
import type { EndorsementOutcome, EndorsementStore } from '../../app/ports/index.js';
import { nowIso, run, type SqliteContext } from './context.js';
import { endorsements } from './schema/index.js';
import { constraintViolation } from './sqlite-errors.js';

/** The SQLite implementation of {@link EndorsementStore}. */
export function sqliteEndorsements(ctx: SqliteContext): EndorsementStore {
  return {
    addEndorsement: (winId, personId, week) => run(() => addEndorsement(ctx, winId, personId, week)),
    countEndorsementsGiven: (personId, week) =>
      run(() => {
        const row = ctx.db
          .select({ n: count() })
          .from(endorsements)
          .where(and(eq(endorsements.personId, personId), eq(endorsements.week, week)))
          .get();
        return row?.n ?? 0;
      }),
  };
}

function addEndorsement(ctx: SqliteContext, winId: number, personId: number, week: string): EndorsementOutcome {
  try {
    ctx.db.insert(endorsements).values({ winId, personId, week, createdAt: nowIso(ctx) }).run();
    return 'added';
  } catch (error) {
    const broken = constraintViolation(error);
    if (broken === 'primary-key') return 'duplicate';
    // The person is the caller and exists, so the missing side is the win.
    if (broken === 'foreign-key') return 'no-win';
    throw error;
  }
}
