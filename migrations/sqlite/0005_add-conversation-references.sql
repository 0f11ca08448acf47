CREATE TABLE `conversation_references` (
	`platform` text NOT NULL,
	`key` text NOT NULL,
	`reference` text NOT NULL,
	`updated_at` text NOT NULL,
	`unreachable_since` text,
	`unreachable_reason` text,
	PRIMARY KEY(`platform`, `key`)
);
--> statement-breakpoint
ALTER TABLE `teams` ADD `channel_platform` text;