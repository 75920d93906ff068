CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" jsonb NOT NULL,
	"actor_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_goals" (
	"indicator_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "indicator_goals_indicator_id_goal_id_pk" PRIMARY KEY("indicator_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" numeric NOT NULL,
	"target_date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"polarity" text NOT NULL,
	"frequency" text NOT NULL,
	"unit" text NOT NULL,
	"unit_label" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"reporting_delay_days" integer DEFAULT 30 NOT NULL,
	"valid_min" numeric,
	"valid_max" numeric,
	"responsible_actor_id" uuid,
	"dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_key" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"baseline_value" numeric,
	"baseline_date" date,
	"template_key" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurement_reminders" (
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"reminder" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurement_reminders_indicator_id_period_reminder_pk" PRIMARY KEY("indicator_id","period","reminder")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period" text NOT NULL,
	"period_end" date NOT NULL,
	"categories" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"categories_key" text DEFAULT '' NOT NULL,
	"value" numeric NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"reporting_actor_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_goals" ADD CONSTRAINT "indicator_goals_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_goals" ADD CONSTRAINT "indicator_goals_goal_id_initiative_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."initiative_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_responsible_actor_id_initiative_actors_id_fk" FOREIGN KEY ("responsible_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_reminders" ADD CONSTRAINT "measurement_reminders_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_reporting_actor_id_initiative_actors_id_fk" FOREIGN KEY ("reporting_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_unique" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_initiative_idx" ON "api_tokens" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "indicator_goals_goal_idx" ON "indicator_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_unique" ON "indicator_targets" USING btree ("indicator_id","target_date");--> statement-breakpoint
CREATE INDEX "indicators_initiative_idx" ON "indicators" USING btree ("initiative_id","position");--> statement-breakpoint
CREATE INDEX "observations_slot_idx" ON "observations" USING btree ("indicator_id","period_end","categories_key");--> statement-breakpoint
CREATE INDEX "observations_initiative_state_idx" ON "observations" USING btree ("initiative_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "observations_one_approved" ON "observations" USING btree ("indicator_id","period","categories_key") WHERE "observations"."state" = 'approved';--> statement-breakpoint
CREATE UNIQUE INDEX "observations_one_waiting" ON "observations" USING btree ("indicator_id","period","categories_key") WHERE "observations"."state" = 'submitted';