import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { ArtifactPerson } from '../../../core/evidence/index.js';
import { wins } from './wins.js';

/** The last check of one artifact of one win; goes with the win. */
export const artifactChecks = pgTable(
  'artifact_checks',
  {
    winId: integer('win_id')
      .notNull()
      .references(() => wins.id, { onDelete: 'cascade' }),
    artifactKey: text('artifact_key').notNull(),
    provider: text('provider', { enum: ['github', 'gitlab', 'jira', 'linear'] }).notNull(),
    status: text('status', { enum: ['confirmed', 'pending', 'rejected', 'error'] }).notNull(),
    reason: text('reason'),
    firstCheckedAt: text('first_checked_at').notNull(),
    checkedAt: text('checked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.winId, t.artifactKey] }), index('artifact_checks_due').on(t.status, t.checkedAt)],
);

/** What a provider last said about an artifact: its state and the people it names. */
export const artifactFacts = pgTable('artifact_facts', {
  artifactKey: text('artifact_key').primaryKey(),
  state: text('state', { enum: ['done', 'open', 'abandoned'] }).notNull(),
  people: jsonb('people').$type<ArtifactPerson[]>().notNull(),
  fetchedAt: text('fetched_at').notNull(),
});
