CREATE TABLE "assessment_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"title" text NOT NULL,
	"candidate_problems" jsonb NOT NULL,
	"focus_problem_id" text,
	"answers" jsonb NOT NULL,
	"outcome" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text,
	"organisation_id" uuid,
	"created_by" uuid,
	"title" text DEFAULT '' NOT NULL,
	"candidate_problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"focus_problem_id" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"outcome" text,
	"completed_at" timestamp with time zone,
	"initiative_id" uuid,
	"revision" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"respondent_token_hash" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"answers" jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_late" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"assessment_id" uuid,
	"series_id" uuid NOT NULL,
	"round_number" integer DEFAULT 1 NOT NULL,
	"focus_problem" text NOT NULL,
	"invite_token" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_revisions" ADD CONSTRAINT "assessment_revisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_responses" ADD CONSTRAINT "group_responses_round_id_group_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."group_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_rounds" ADD CONSTRAINT "group_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_rounds" ADD CONSTRAINT "group_rounds_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_rounds" ADD CONSTRAINT "group_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_revisions_unique" ON "assessment_revisions" USING btree ("assessment_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_token_hash_unique" ON "assessments" USING btree ("token_hash") WHERE "assessments"."token_hash" is not null;--> statement-breakpoint
CREATE INDEX "assessments_org_idx" ON "assessments" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "group_responses_token_unique" ON "group_responses" USING btree ("round_id","respondent_token_hash","is_late");--> statement-breakpoint
CREATE UNIQUE INDEX "group_rounds_invite_unique" ON "group_rounds" USING btree ("invite_token");--> statement-breakpoint
CREATE UNIQUE INDEX "group_rounds_series_round_unique" ON "group_rounds" USING btree ("series_id","round_number");--> statement-breakpoint
CREATE INDEX "group_rounds_org_idx" ON "group_rounds" USING btree ("organisation_id");