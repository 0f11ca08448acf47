import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** Input rows an import could not use, kept with where they were and why. */
export const rejectedImportRows = pgTable(
  'rejected_import_rows',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    importId: text('import_id').notNull(),
    source: text('source').notNull(),
    location: text('location').notNull(),
    reason: text('reason').notNull(),
    raw: text('raw').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('rejected_import_rows_import_idx').on(t.importId)],
);
