import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { CHECKIN_ANSWERS } from '../../../core/types.js';
import { people } from './people.js';

/** A person's answer to a week's check-in (Nothing this week / Snooze); one per person and week. */
export const checkinAnswers = pgTable(
  'checkin_answers',
  {
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    week: text('week').notNull(),
    answer: text('answer', { enum: CHECKIN_ANSWERS }).notNull(),
    at: text('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.week] })],
);
