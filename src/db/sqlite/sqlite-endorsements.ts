/** Endorsements (+1s) on wins, and the weekly count each person has given. */
import { and, count, eq } from 'drizzle-orm';
import { fail, ok, type Result } from '../../core/result.js';
import type { EndorsementStore } from '../../app/ports/index.js';
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

function addEndorsement(ctx: SqliteContext, winId: number, personId: number, week: string): Result<void> {
  try {
    ctx.db.insert(endorsements).values({ winId, personId, week, createdAt: nowIso(ctx) }).run();
    return ok(undefined);
  } catch (error) {
    const broken = constraintViolation(error);
    if (broken === 'primary-key') return fail('ENDORSE.DUPLICATE', 'You have already endorsed this win.');
    // The person is the caller and exists, so the missing side is the win.
    if (broken === 'foreign-key') return fail('WIN.NOT_FOUND', `There is no win #${winId}.`, 'It may have been deleted.');
    throw error;
  }
}
