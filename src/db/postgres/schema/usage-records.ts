import { bigint, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** One day of one provider identity's use of one tool and model. */
export const usageRecords = pgTable(
  'usage_records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    source: text('source').notNull(),
    identity: text('identity').notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    day: text('day').notNull(),
    tool: text('tool').notNull(),
    model: text('model').notNull(),
    inputTokens: bigint('input_tokens', { mode: 'number' }).notNull(),
    outputTokens: bigint('output_tokens', { mode: 'number' }).notNull(),
    cachedTokens: bigint('cached_tokens', { mode: 'number' }).notNull(),
    requests: bigint('requests', { mode: 'number' }).notNull(),
    costMicros: bigint('cost_micros', { mode: 'number' }).notNull(),
    activity: jsonb('activity').$type<Record<string, number>>().notNull(),
  },
  (t) => [
    uniqueIndex('usage_records_key_uq').on(t.source, t.identity, t.day, t.tool, t.model),
    index('usage_records_person_day_idx').on(t.personId, t.day),
    index('usage_records_day_idx').on(t.day),
  ],
);
