-- Audit retention (docs/decisions/1341): the audit log stays append-only, except that the hourly
-- purge may delete events older than the retention it names for its own transaction
-- (set_config('pyb.audit_retention', '365 days', true)). Never an UPDATE, never a TRUNCATE, never an
-- event younger than the retention, and never a retention under 30 days (the revocation feed reads
-- ACCOUNT_DELETED events for one access-token lifetime; investigations need months).
CREATE OR REPLACE FUNCTION "auth"."refuse_security_event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    retention interval;
BEGIN
    IF TG_OP = 'DELETE' THEN
        retention := nullif(current_setting('pyb.audit_retention', true), '')::interval;
        IF retention IS NOT NULL AND retention >= interval '30 days' AND OLD.created_at < now() - retention THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'auth.security_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- The purge walks the oldest events first.
CREATE INDEX "security_events_created_at_idx" ON "auth"."security_events"("created_at");
