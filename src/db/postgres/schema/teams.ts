import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { PLATFORMS, WEEKDAYS } from '../../../core/types.js';

/** Teams. `name_key` is the folded name, so names are unique in any letter case. */
export const teams = pgTable('teams', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  nameKey: text('name_key').notNull().unique('teams_name_key_uq'),
  channel: text('channel'),
  /** The platform the channel is on (who set it); null for teams without a channel. */
  channelPlatform: text('channel_platform', { enum: PLATFORMS }),
  timeZone: text('time_zone'),
  digestDay: text('digest_day', { enum: WEEKDAYS }),
  digestTime: text('digest_time'),
  checkinDay: text('checkin_day', { enum: WEEKDAYS }),
  checkinTime: text('checkin_time'),
  createdAt: text('created_at').notNull(),
});
