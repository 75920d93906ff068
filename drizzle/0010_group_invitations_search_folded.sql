CREATE TABLE "group_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"token_random" text NOT NULL,
	"respondent_token_hash" text NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_reminded_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "group_responses" ADD COLUMN "organisation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "group_responses" ADD COLUMN "sector" text;--> statement-breakpoint
ALTER TABLE "learning_cases" ADD COLUMN "search_folded" "tsvector";--> statement-breakpoint
ALTER TABLE "group_invitations" ADD CONSTRAINT "group_invitations_round_id_group_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."group_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_invitations" ADD CONSTRAINT "group_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_invitations_email_unique" ON "group_invitations" USING btree ("round_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "group_invitations_token_unique" ON "group_invitations" USING btree ("respondent_token_hash");--> statement-breakpoint
CREATE INDEX "learning_cases_search_folded_idx" ON "learning_cases" USING gin ("search_folded");