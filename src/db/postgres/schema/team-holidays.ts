import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { teams } from './teams.js';

/** Days a team is off (`YYYY-MM-DD`); no check-ins go out on them. */
export const teamHolidays = pgTable(
  'team_holidays',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.day] })],
);
