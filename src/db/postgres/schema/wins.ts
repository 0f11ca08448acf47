import { index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { CATEGORIES, VISIBILITIES, WIN_KINDS, WIN_SOURCES, type Artifact } from '../../../core/types.js';
import { people } from './people.js';

/** Logged wins and setbacks. List fields are jsonb. */
export const wins = pgTable(
  'wins',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    authorId: integer('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: WIN_KINDS }).notNull(),
    text: text('text').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    links: jsonb('links').$type<string[]>().notNull(),
    artifacts: jsonb('artifacts').$type<Artifact[]>().notNull(),
    minutes: integer('minutes'),
    tools: jsonb('tools').$type<string[]>().notNull(),
    visibility: text('visibility', { enum: VISIBILITIES }).notNull(),
    week: text('week').notNull(),
    source: text('source', { enum: WIN_SOURCES }).notNull(),
    // Unique but nullable: any number of rows may have no key.
    dedupeKey: text('dedupe_key').unique('wins_dedupe_key_uq'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('wins_author_week_idx').on(t.authorId, t.week), index('wins_week_idx').on(t.week)],
);
