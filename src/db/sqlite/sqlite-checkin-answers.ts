/** Check-in answers (Nothing this week / Snooze), one per person and ISO week. */
import { and, eq } from 'drizzle-orm';
import type { CheckinAnswerStore } from '../../app/ports/index.js';
import { run, type SqliteContext } from './context.js';
import { checkinAnswers } from './schema/index.js';

/** The SQLite implementation of {@link CheckinAnswerStore}. */
export function sqliteCheckinAnswers({ db }: SqliteContext): CheckinAnswerStore {
  return {
    recordCheckinAnswer: (personId, week, answer, at) =>
      run(() => {
        db.insert(checkinAnswers)
          .values({ personId, week, answer, at: at.toISOString() })
          .onConflictDoUpdate({ target: [checkinAnswers.personId, checkinAnswers.week], set: { answer, at: at.toISOString() } })
          .run();
      }),
    getCheckinAnswer: (personId, week) =>
      run(() => {
        const row = db
          .select({ answer: checkinAnswers.answer })
          .from(checkinAnswers)
          .where(and(eq(checkinAnswers.personId, personId), eq(checkinAnswers.week, week)))
          .get();
        return row?.answer ?? null;
      }),
  };
}
