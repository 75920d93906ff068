CREATE TABLE "learning_content_version" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "learning_content_version" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Every statement that may change a case, page or testimony counts up the version, in its own
-- transaction, so the count and the change become visible together. BEFORE the statement: a
-- transaction takes the version row's lock before any learning row's, so two writers queue on it
-- instead of deadlocking on rows. An upsert, so a test that empties the table starts it again.
CREATE OR REPLACE FUNCTION learning_content_changed() RETURNS trigger AS $$
BEGIN
	INSERT INTO learning_content_version (id, version) VALUES (1, 1)
		ON CONFLICT (id) DO UPDATE SET version = learning_content_version.version + 1;
	RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER learning_cases_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON learning_cases
	FOR EACH STATEMENT EXECUTE FUNCTION learning_content_changed();
--> statement-breakpoint
CREATE TRIGGER learning_pages_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON learning_pages
	FOR EACH STATEMENT EXECUTE FUNCTION learning_content_changed();
--> statement-breakpoint
CREATE TRIGGER learning_testimonies_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON learning_testimonies
	FOR EACH STATEMENT EXECUTE FUNCTION learning_content_changed();
