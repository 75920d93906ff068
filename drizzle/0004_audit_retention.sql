-- L1 + P2: the audit log stays append-only, except that the retention purge may delete entries older
-- than the configured retention. The purge marks its own transaction with `SET LOCAL
-- samspil.audit_purge = 'on'`; any other UPDATE or DELETE is still refused, TRUNCATE always.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
	IF TG_OP = 'DELETE' AND current_setting('samspil.audit_purge', true) = 'on' THEN
		RETURN OLD;
	END IF;
	RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
