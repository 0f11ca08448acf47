import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people } from './people.js';

/** An admin's mapping of a provider identity to a person (`map <source>:<identity> @person`). */
export const identityMappings = sqliteTable(
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
