CREATE TABLE "seen_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"expires_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "owner" text;--> statement-breakpoint
ALTER TABLE "import_runs" ADD COLUMN "heartbeat_at" text;--> statement-breakpoint
CREATE INDEX "seen_requests_expires_idx" ON "seen_requests" USING btree ("expires_at");