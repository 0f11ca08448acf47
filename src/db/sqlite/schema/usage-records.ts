import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { people } from './people.js';

/** One day of one provider identity's use of one tool and model. */
export const usageRecords = sqliteTable(
  'usage_records',
  {
    // A plain rowid alias (no AUTOINCREMENT): upserts tell new rows by id > max before.
    id: integer('id').primaryKey(),
    source: text('source').notNull(),
    identity: text('identity').notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    day: text('day').notNull(),
    tool: text('tool').notNull(),
    model: text('model').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    cachedTokens: integer('cached_tokens').notNull(),
    requests: integer('requests').notNull(),
    costMicros: integer('cost_micros').notNull(),
    activity: text('activity', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  },
  (t) => [
    uniqueIndex('usage_records_key_uq').on(t.source, t.identity, t.day, t.tool, t.model),
    index('usage_records_person_day_idx').on(t.personId, t.day),
    index('usage_records_day_idx').on(t.day),
  ],
);
