ALTER TABLE `audit_log` ADD `subject_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `actor_pseudonym` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `subject_pseudonym` text;