import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** Key/value settings per scope: `workspace` or `team:<id>`. */
export const settings = pgTable(
  'settings',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
