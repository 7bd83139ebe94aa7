-- Wakes the outbox relays on commit (decision 1440): outboxNotifyTriggerSql('auth.outbox_events').
CREATE OR REPLACE FUNCTION auth.pyb_notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pyb_outbox', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER outbox_events_notify AFTER INSERT ON auth.outbox_events
  FOR EACH STATEMENT EXECUTE FUNCTION auth.pyb_notify_outbox();
