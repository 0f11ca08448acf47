import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Keys of requests already taken (a signature, a trigger id, an event id), until they can no longer be replayed. */
export const seenRequests = sqliteTable(
  'seen_requests',
  {
    key: text('key').primaryKey(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('seen_requests_expires_idx').on(t.expiresAt)],
);
