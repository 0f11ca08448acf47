import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES } from '../../../core/types.js';

/** Claims on scheduled sends; the unique key is what makes a digest go out once. */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    period: text('period').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(1),
    claimedAt: text('claimed_at').notNull(),
    sentAt: text('sent_at'),
    lastError: text('last_error'),
    payload: text('payload'),
  },
  (t) => [uniqueIndex('deliveries_key_uq').on(t.kind, t.target, t.period)],
);
