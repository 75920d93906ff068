ALTER TABLE "indicators" ADD CONSTRAINT "indicators_id_initiative_unique" UNIQUE("id","initiative_id");--> statement-breakpoint
ALTER TABLE "observations" DROP CONSTRAINT "observations_initiative_id_initiatives_id_fk";
--> statement-breakpoint
ALTER TABLE "observations" DROP CONSTRAINT "observations_indicator_id_indicators_id_fk";
--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_initiative_fk" FOREIGN KEY ("indicator_id","initiative_id") REFERENCES "public"."indicators"("id","initiative_id") ON DELETE cascade ON UPDATE no action;
