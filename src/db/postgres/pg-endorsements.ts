/** Endorsements (+1s) on wins, and the weekly count each person has given. */
import { and, count, eq } from 'drizzle-orm';
import type { EndorsementOutcome, EndorsementStore } from '../../app/ports/index.js';
import { nowIso, type PgContext } from './context.js';
import { endorsements, wins } from './schema/index.js';

/** The PostgreSQL implementation of {@link EndorsementStore}. */
export function pgEndorsements(ctx: PgContext): EndorsementStore {
  return {
    addEndorsement: (winId, personId, week) => addEndorsement(ctx, winId, personId, week),
    countEndorsementsGiven: async (personId, week) => {
      const [row] = await ctx.db
        .select({ n: count() })
        .from(endorsements)
        .where(and(eq(endorsements.personId, personId), eq(endorsements.week, week)));
      return row?.n ?? 0;
    },
  };
}

/**
 * NOTE: ON CONFLICT DO NOTHING on the (win, person) key rather than catching the unique
 * violation: inside a unit of work a failed statement would abort the whole transaction.
 * No row back means a duplicate, unless the win is gone.
 */
async function addEndorsement(ctx: PgContext, winId: number, personId: number, week: string): Promise<EndorsementOutcome> {
  const { db } = ctx;
  const [win] = await db.select({ id: wins.id }).from(wins).where(eq(wins.id, winId));
  if (!win) return 'no-win';
  const added = await db.insert(endorsements).values({ winId, personId, week, createdAt: nowIso(ctx) }).onConflictDoNothing().returning({ winId: endorsements.winId });
  return added.length > 0 ? 'added' : 'duplicate';
}
