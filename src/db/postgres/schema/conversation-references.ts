import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { PLATFORMS } from '../../../core/types.js';

/**
 * Where a platform can reach a person or conversation when shiplog speaks first (Teams
 * conversation references). `reference` is the platform's own JSON, opaque here.
 */
export const conversationReferences = pgTable(
  'conversation_references',
  {
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    key: text('key').notNull(),
    reference: text('reference').notNull(),
    updatedAt: text('updated_at').notNull(),
    unreachableSince: text('unreachable_since'),
    unreachableReason: text('unreachable_reason'),
  },
  (t) => [primaryKey({ columns: [t.platform, t.key] })],
);
