import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { people } from './people.js';

/** Every admin change, newest read first. Entries outlive their actor. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actorId: integer('actor_id').references(() => people.id, { onDelete: 'set null' }),
  action: text('action').notNull(),
  target: text('target').notNull(),
  detail: text('detail').notNull(),
  // People by id, named when read; forgetting them clears the id and leaves the pseudonym below.
  // No foreign key: SQLite cannot add one with ON DELETE to an existing table.
  subjectId: integer('subject_id'),
  actorPseudonym: text('actor_pseudonym'),
  subjectPseudonym: text('subject_pseudonym'),
});
