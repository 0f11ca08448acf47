import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { PLATFORMS, TIME_ZONE_SOURCES, WEEKDAYS } from '../../../core/types.js';

/** People shiplog knows, one row per chat-platform identity. */
export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    platform: text('platform', { enum: PLATFORMS }).notNull(),
    platformUserId: text('platform_user_id').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    timeZone: text('time_zone').notNull(),
    timeZoneSource: text('time_zone_source', { enum: TIME_ZONE_SOURCES }).notNull().default('workspace'),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    nudges: integer('nudges', { mode: 'boolean' }).notNull().default(true),
    awayUntil: text('away_until'),
    checkinDay: text('checkin_day', { enum: WEEKDAYS }),
    checkinTime: text('checkin_time'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('people_platform_user_uq').on(t.platform, t.platformUserId),
    // Email look-ups fold case, so the index is on the folded value.
    index('people_email_idx').on(sql`lower(${t.email})`),
  ],
);
