CREATE TABLE `checkin_answers` (
	`person_id` integer NOT NULL,
	`week` text NOT NULL,
	`answer` text NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`person_id`, `week`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
