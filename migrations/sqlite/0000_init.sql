CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`period` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`claimed_at` text NOT NULL,
	`sent_at` text,
	`last_error` text,
	`payload` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_key_uq` ON `deliveries` (`kind`,`target`,`period`);--> statement-breakpoint
CREATE TABLE `endorsements` (
	`win_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`week` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`win_id`, `person_id`),
	FOREIGN KEY (`win_id`) REFERENCES `wins`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `endorsements_person_week_idx` ON `endorsements` (`person_id`,`week`);--> statement-breakpoint
CREATE TABLE `identity_mappings` (
	`source` text NOT NULL,
	`identity` text NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`source`, `identity`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `memberships` (
	`team_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`is_lead` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`team_id`, `person_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `memberships_person_idx` ON `memberships` (`person_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`platform` text NOT NULL,
	`platform_user_id` text NOT NULL,
	`display_name` text NOT NULL,
	`email` text,
	`time_zone` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`nudges` integer DEFAULT true NOT NULL,
	`away_until` text,
	`checkin_day` text,
	`checkin_time` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_platform_user_uq` ON `people` (`platform`,`platform_user_id`);--> statement-breakpoint
CREATE INDEX `people_email_idx` ON `people` (lower("email"));--> statement-breakpoint
CREATE TABLE `rejected_import_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` text NOT NULL,
	`source` text NOT NULL,
	`location` text NOT NULL,
	`reason` text NOT NULL,
	`raw` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rejected_import_rows_import_idx` ON `rejected_import_rows` (`import_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`scope`, `key`)
);
--> statement-breakpoint
CREATE TABLE `team_holidays` (
	`team_id` integer NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`team_id`, `day`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`channel` text,
	`time_zone` text,
	`digest_day` text,
	`digest_time` text,
	`checkin_day` text,
	`checkin_time` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name_key_uq` ON `teams` (`name_key`);--> statement-breakpoint
CREATE TABLE `usage_records` (
	`id` integer PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`identity` text NOT NULL,
	`person_id` integer,
	`day` text NOT NULL,
	`tool` text NOT NULL,
	`model` text NOT NULL,
	`input_tokens` integer NOT NULL,
	`output_tokens` integer NOT NULL,
	`cached_tokens` integer NOT NULL,
	`requests` integer NOT NULL,
	`cost_micros` integer NOT NULL,
	`activity` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `usage_records_key_uq` ON `usage_records` (`source`,`identity`,`day`,`tool`,`model`);--> statement-breakpoint
CREATE INDEX `usage_records_person_day_idx` ON `usage_records` (`person_id`,`day`);--> statement-breakpoint
CREATE INDEX `usage_records_day_idx` ON `usage_records` (`day`);--> statement-breakpoint
CREATE TABLE `wins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`author_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`category` text NOT NULL,
	`links` text NOT NULL,
	`artifacts` text NOT NULL,
	`minutes` integer,
	`tools` text NOT NULL,
	`visibility` text NOT NULL,
	`week` text NOT NULL,
	`source` text NOT NULL,
	`dedupe_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wins_dedupe_key_uq` ON `wins` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `wins_author_week_idx` ON `wins` (`author_id`,`week`);--> statement-breakpoint
CREATE INDEX `wins_week_idx` ON `wins` (`week`);