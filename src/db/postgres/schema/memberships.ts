import { boolean, index, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { people } from './people.js';
import { teams } from './teams.js';

/** Who belongs to which team, and who leads it. Goes with the team or the person. */
export const memberships = pgTable(
  'memberships',
  {
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    isLead: boolean('is_lead').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId] }), index('memberships_person_idx').on(t.personId)],
);
