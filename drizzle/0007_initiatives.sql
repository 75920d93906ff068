CREATE TABLE "activity_goals" (
	"activity_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "activity_goals_activity_id_goal_id_pk" PRIMARY KEY("activity_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_endorsements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"agenda_version" integer NOT NULL,
	"signatory_name" text NOT NULL,
	"endorsed_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "backbone_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"fte" numeric(4, 2),
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_goals" (
	"commitment_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	CONSTRAINT "commitment_goals_commitment_id_goal_id_pk" PRIMARY KEY("commitment_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "funding_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"amount_dkk" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"members" text DEFAULT '' NOT NULL,
	"mandate" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_actors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"role" text DEFAULT 'partner' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"text" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"parent_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"actor_id" uuid,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "initiative_members" (
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_members_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_phase_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"started_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"from_actor_id" uuid NOT NULL,
	"to_actor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"areas" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"problem_statement" text DEFAULT '' NOT NULL,
	"vision" text DEFAULT '' NOT NULL,
	"values" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"phase" text DEFAULT 'assess_readiness' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"archived_at" timestamp with time zone,
	"assessment_id" uuid,
	"group_round_id" uuid,
	"focus_problem" text,
	"assessment_outcome" text,
	"readiness_gaps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"backbone_actor_id" uuid,
	"agenda_version" integer DEFAULT 0 NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_activity_id_initiative_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."initiative_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_goals" ADD CONSTRAINT "activity_goals_goal_id_initiative_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."initiative_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_endorsements" ADD CONSTRAINT "agenda_endorsements_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_endorsements" ADD CONSTRAINT "agenda_endorsements_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_endorsements" ADD CONSTRAINT "agenda_endorsements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backbone_staff" ADD CONSTRAINT "backbone_staff_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_goals" ADD CONSTRAINT "commitment_goals_commitment_id_initiative_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."initiative_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_goals" ADD CONSTRAINT "commitment_goals_goal_id_initiative_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."initiative_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_sources" ADD CONSTRAINT "funding_sources_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_sources" ADD CONSTRAINT "funding_sources_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_activities" ADD CONSTRAINT "initiative_activities_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_activities" ADD CONSTRAINT "initiative_activities_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_actors" ADD CONSTRAINT "initiative_actors_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_actors" ADD CONSTRAINT "initiative_actors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_commitments" ADD CONSTRAINT "initiative_commitments_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_commitments" ADD CONSTRAINT "initiative_commitments_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_goals" ADD CONSTRAINT "initiative_goals_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_goals" ADD CONSTRAINT "initiative_goals_parent_id_initiative_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."initiative_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_invitations" ADD CONSTRAINT "initiative_invitations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_invitations" ADD CONSTRAINT "initiative_invitations_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_invitations" ADD CONSTRAINT "initiative_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_invitations" ADD CONSTRAINT "initiative_invitations_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_actor_id_initiative_actors_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_phase_history" ADD CONSTRAINT "initiative_phase_history_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_phase_history" ADD CONSTRAINT "initiative_phase_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_relations" ADD CONSTRAINT "initiative_relations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_relations" ADD CONSTRAINT "initiative_relations_from_actor_id_initiative_actors_id_fk" FOREIGN KEY ("from_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_relations" ADD CONSTRAINT "initiative_relations_to_actor_id_initiative_actors_id_fk" FOREIGN KEY ("to_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_strategies" ADD CONSTRAINT "initiative_strategies_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_strategies" ADD CONSTRAINT "initiative_strategies_goal_id_initiative_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."initiative_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_group_round_id_group_rounds_id_fk" FOREIGN KEY ("group_round_id") REFERENCES "public"."group_rounds"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_backbone_actor_id_initiative_actors_id_fk" FOREIGN KEY ("backbone_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_goals_goal_idx" ON "activity_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_endorsements_unique" ON "agenda_endorsements" USING btree ("initiative_id","actor_id","agenda_version");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_versions_unique" ON "agenda_versions" USING btree ("initiative_id","version");--> statement-breakpoint
CREATE INDEX "backbone_staff_idx" ON "backbone_staff" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "commitment_goals_goal_idx" ON "commitment_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "funding_sources_idx" ON "funding_sources" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "governance_bodies_idx" ON "governance_bodies" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_activities_idx" ON "initiative_activities" USING btree ("initiative_id","actor_id");--> statement-breakpoint
CREATE INDEX "initiative_actors_idx" ON "initiative_actors" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_actors_name_unique" ON "initiative_actors" USING btree ("initiative_id",lower("name"));--> statement-breakpoint
CREATE INDEX "initiative_commitments_idx" ON "initiative_commitments" USING btree ("initiative_id","actor_id");--> statement-breakpoint
CREATE INDEX "initiative_goals_idx" ON "initiative_goals" USING btree ("initiative_id","parent_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_invitations_token_unique" ON "initiative_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "initiative_invitations_idx" ON "initiative_invitations" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_members_user_idx" ON "initiative_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "initiative_phase_history_idx" ON "initiative_phase_history" USING btree ("initiative_id","started_on");--> statement-breakpoint
CREATE INDEX "initiative_relations_idx" ON "initiative_relations" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_relations_unique" ON "initiative_relations" USING btree ("initiative_id","from_actor_id","to_actor_id","kind");--> statement-breakpoint
CREATE INDEX "initiative_strategies_idx" ON "initiative_strategies" USING btree ("initiative_id","goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_slug_unique" ON "initiatives" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "audit_initiative_idx" ON "audit_log" USING btree ("initiative_id","at");