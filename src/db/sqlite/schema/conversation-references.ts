import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Where a platform can reach a person or conversation when shiplog speaks first (Teams
 * conversation references). `reference` is the platform's own JSON, opaque here.
 */
export const conversationReferences = sqliteTable(
  'conversation_references',
  {
    platform: text('platform', { enum: ['slack', 'teams', 'console'] }).notNull(),
    key: text('key').notNull(),
    reference: text('reference').notNull(),
    updatedAt: text('updated_at').notNull(),
    unreachableSince: text('unreachable_since'),
    unreachableReason: text('unreachable_reason'),
  },
  (t) => [primaryKey({ columns: [t.platform, t.key] })],
);
