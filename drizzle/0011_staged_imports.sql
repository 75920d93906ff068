CREATE TABLE "staged_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reporting_actor_id" uuid,
	"approve" boolean DEFAULT false NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"format" text NOT NULL,
	"row_count" integer NOT NULL,
	"rows" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staged_imports" ADD CONSTRAINT "staged_imports_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staged_imports" ADD CONSTRAINT "staged_imports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staged_imports" ADD CONSTRAINT "staged_imports_reporting_actor_id_initiative_actors_id_fk" FOREIGN KEY ("reporting_actor_id") REFERENCES "public"."initiative_actors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staged_imports_owner_idx" ON "staged_imports" USING btree ("initiative_id","user_id");--> statement-breakpoint
CREATE INDEX "staged_imports_expires_idx" ON "staged_imports" USING btree ("expires_at");