/** Check-in answers (Nothing this week / Snooze), one per person and ISO week. */
import { and, eq } from 'drizzle-orm';
import type { CheckinAnswerStore } from '../../app/ports/index.js';
import type { PgContext } from './context.js';
import { checkinAnswers } from './schema/index.js';

/** The PostgreSQL implementation of {@link CheckinAnswerStore}. */
export function pgCheckinAnswers({ db }: PgContext): CheckinAnswerStore {
  return {
    recordCheckinAnswer: async (personId, week, answer, at) => {
      await db
        .insert(checkinAnswers)
        .values({ personId, week, answer, at: at.toISOString() })
        .onConflictDoUpdate({ target: [checkinAnswers.personId, checkinAnswers.week], set: { answer, at: at.toISOString() } });
    },
    getCheckinAnswer: async (personId, week) => {
      const [row] = await db
        .select({ answer: checkinAnswers.answer })
        .from(checkinAnswers)
        .where(and(eq(checkinAnswers.personId, personId), eq(checkinAnswers.week, week)));
      return row?.answer ?? null;
    },
  };
}
