import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings per scope: `workspace` or `team:<id>`. */
export const settings = sqliteTable(
  'settings',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
