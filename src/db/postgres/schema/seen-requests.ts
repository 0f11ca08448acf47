import { index, pgTable, text } from 'drizzle-orm/pg-core';

/** Keys of requests already taken (a signature, a trigger id, an event id), until they can no longer be replayed. */
export const seenRequests = pgTable(
  'seen_requests',
  {
    key: text('key').primaryKey(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('seen_requests_expires_idx').on(t.expiresAt)],
);
