import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { wins } from './wins.js';

/** One +1 per person per win; `week` is when it was given, for the weekly budget. */
export const endorsements = pgTable(
  'endorsements',
  {
    winId: integer('win_id')
      .notNull()
      .references(() => wins.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    week: text('week').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.winId, t.personId] }), index('endorsements_person_week_idx').on(t.personId, t.week)],
);
