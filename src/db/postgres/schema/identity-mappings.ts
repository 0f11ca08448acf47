import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** An admin's mapping of a provider identity to a person (`map <source>:<identity> @person`). */
export const identityMappings = pgTable(
  'identity_mappings',
  {
    source: text('source').notNull(),
    identity: text('identity').notNull(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.source, t.identity] })],
);
