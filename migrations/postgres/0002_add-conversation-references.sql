CREATE TABLE "conversation_references" (
	"platform" text NOT NULL,
	"key" text NOT NULL,
	"reference" text NOT NULL,
	"updated_at" text NOT NULL,
	"unreachable_since" text,
	"unreachable_reason" text,
	CONSTRAINT "conversation_references_platform_key_pk" PRIMARY KEY("platform","key")
);
--> statement-breakpoint
ALTER TABLE "teams" ADD COLUMN "channel_platform" text;