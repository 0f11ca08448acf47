CREATE TABLE `artifact_checks` (
	`win_id` integer NOT NULL,
	`artifact_key` text NOT NULL,
	`provider` text NOT NULL,
	`status` text NOT NULL,
	`reason` text,
	`first_checked_at` text NOT NULL,
	`checked_at` text NOT NULL,
	PRIMARY KEY(`win_id`, `artifact_key`),
	FOREIGN KEY (`win_id`) REFERENCES `wins`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `artifact_checks_due` ON `artifact_checks` (`status`,`checked_at`);--> statement-breakpoint
CREATE TABLE `artifact_facts` (
	`artifact_key` text PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`people` text NOT NULL,
	`fetched_at` text NOT NULL
);
