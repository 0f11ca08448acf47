import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** Every admin change, newest read first. Entries outlive their actor. */
export const auditLog = pgTable('audit_log', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  at: text('at').notNull(),
  actorId: integer('actor_id').references(() => people.id, { onDelete: 'set null' }),
  action: text('action').notNull(),
  target: text('target').notNull(),
  detail: text('detail').notNull(),
  // People by id, named when read; forgetting them clears the id and leaves the pseudonym below.
  // No foreign key, as in SQLite (which cannot add one to an existing table): both dialects behave alike.
  subjectId: integer('subject_id'),
  actorPseudonym: text('actor_pseudonym'),
  subjectPseudonym: text('subject_pseudonym'),
});
