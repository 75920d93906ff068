ALTER TABLE "group_rounds" ADD COLUMN "respondent_key" text DEFAULT gen_random_uuid()::text NOT NULL;--> statement-breakpoint
-- P2: when a person deletes their account, their e-mail address is taken out of the details of old
-- audit entries (e.g. failed sign-ins). That one change is let through: inside a transaction marked
-- `SET LOCAL samspil.audit_erase = 'on'`, an UPDATE may change `details` and nothing else. The
-- retention purge's DELETE stays as it was; every other UPDATE or DELETE is refused, TRUNCATE always.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
	IF TG_OP = 'DELETE' AND current_setting('samspil.audit_purge', true) = 'on' THEN
		RETURN OLD;
	END IF;
	IF TG_OP = 'UPDATE' AND current_setting('samspil.audit_erase', true) = 'on'
		AND (NEW.id, NEW.at, NEW.action) = (OLD.id, OLD.at, OLD.action)
		AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id
		AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type
		AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
		AND NEW.subject_user_id IS NOT DISTINCT FROM OLD.subject_user_id
		AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
		AND NEW.ip IS NOT DISTINCT FROM OLD.ip THEN
		RETURN NEW;
	END IF;
	RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
