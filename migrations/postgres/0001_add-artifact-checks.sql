CREATE TABLE "artifact_checks" (
	"win_id" integer NOT NULL,
	"artifact_key" text NOT NULL,
	"provider" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"first_checked_at" text NOT NULL,
	"checked_at" text NOT NULL,
	CONSTRAINT "artifact_checks_win_id_artifact_key_pk" PRIMARY KEY("win_id","artifact_key")
);
--> statement-breakpoint
CREATE TABLE "artifact_facts" (
	"artifact_key" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"people" jsonb NOT NULL,
	"fetched_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "artifact_checks" ADD CONSTRAINT "artifact_checks_win_id_wins_id_fk" FOREIGN KEY ("win_id") REFERENCES "public"."wins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "artifact_checks_due" ON "artifact_checks" USING btree ("status","checked_at");