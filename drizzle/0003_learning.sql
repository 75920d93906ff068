CREATE TABLE "learning_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"content" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"problem_field" text NOT NULL,
	"scale" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer,
	"actor_sectors" text[] DEFAULT '{}'::text[] NOT NULL,
	"lesson_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"search_da" "tsvector",
	"search_en" "tsvector",
	"deleted_at" timestamp with time zone,
	"seed_hash" text,
	"user_edited" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"slug" text NOT NULL,
	"sort_order" integer NOT NULL,
	"content" jsonb NOT NULL,
	"seed_hash" text,
	"user_edited" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"restored_from" integer,
	"changed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"content" jsonb NOT NULL,
	"actor_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_testimonies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seed_key" text,
	"content" jsonb NOT NULL,
	"case_slug" text,
	"lesson_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"deleted_at" timestamp with time zone,
	"seed_hash" text,
	"user_edited" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning_cases" ADD CONSTRAINT "learning_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_cases" ADD CONSTRAINT "learning_cases_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_pages" ADD CONSTRAINT "learning_pages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_revisions" ADD CONSTRAINT "learning_revisions_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_testimonies" ADD CONSTRAINT "learning_testimonies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_testimonies" ADD CONSTRAINT "learning_testimonies_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "learning_cases_slug_unique" ON "learning_cases" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "learning_cases_search_da_idx" ON "learning_cases" USING gin ("search_da");--> statement-breakpoint
CREATE INDEX "learning_cases_search_en_idx" ON "learning_cases" USING gin ("search_en");--> statement-breakpoint
CREATE INDEX "learning_cases_sectors_idx" ON "learning_cases" USING gin ("actor_sectors");--> statement-breakpoint
CREATE INDEX "learning_cases_lessons_idx" ON "learning_cases" USING gin ("lesson_keys");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_pages_key_unique" ON "learning_pages" USING btree ("kind","key");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_pages_slug_unique" ON "learning_pages" USING btree ("kind","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_revisions_unique" ON "learning_revisions" USING btree ("entity_type","entity_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_testimonies_seed_key_unique" ON "learning_testimonies" USING btree ("seed_key") WHERE "learning_testimonies"."seed_key" is not null;--> statement-breakpoint
CREATE INDEX "learning_testimonies_case_idx" ON "learning_testimonies" USING btree ("case_slug");--> statement-breakpoint
CREATE INDEX "learning_testimonies_lessons_idx" ON "learning_testimonies" USING gin ("lesson_keys");