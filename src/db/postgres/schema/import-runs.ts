import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { IMPORT_RUN_STATUSES } from '../../../core/types.js';
import { people } from './people.js';

/** One ingestion run: `running` until it ends, so a run that died half-way never reads as complete. */
export const importRuns = pgTable(
  'import_runs',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    source: text('source').notNull(),
    scope: text('scope').notNull(),
    trigger: text('trigger').notNull(),
    actorId: integer('actor_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: IMPORT_RUN_STATUSES }).notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    read: integer('read').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    unmatched: integer('unmatched').notNull().default(0),
    error: text('error'),
    /** `host:pid` of the process running it, so a later start can tell a dead run from a live one. */
    owner: text('owner'),
    /** Last progress, written per chunk. */
    heartbeatAt: text('heartbeat_at'),
  },
  (t) => [index('import_runs_started_idx').on(t.startedAt)],
);
