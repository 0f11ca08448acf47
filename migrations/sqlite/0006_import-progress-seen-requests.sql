CREATE TABLE `seen_requests` (
	`key` text PRIMARY KEY NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `seen_requests_expires_idx` ON `seen_requests` (`expires_at`);--> statement-breakpoint
ALTER TABLE `import_runs` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `import_runs` ADD `heartbeat_at` text;