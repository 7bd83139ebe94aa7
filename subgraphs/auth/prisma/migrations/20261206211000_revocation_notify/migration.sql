-- Wakes auth's revocation feed on commit (decision 1440): a session family or personal access
-- token revoked, or an account deleted (its ACCOUNT_DELETED event lists its sessions and tokens),
-- notifies channel pyb_auth_revocations, and every auth instance drops the snapshot it keeps.
CREATE OR REPLACE FUNCTION auth.pyb_notify_revocations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pyb_auth_revocations', '');
  RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER sessions_notify_revoked AFTER UPDATE OF revoked_at ON auth.sessions
  FOR EACH ROW WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at)
  EXECUTE FUNCTION auth.pyb_notify_revocations();
CREATE OR REPLACE TRIGGER personal_access_tokens_notify_revoked AFTER UPDATE OF revoked_at ON auth.personal_access_tokens
  FOR EACH ROW WHEN (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at)
  EXECUTE FUNCTION auth.pyb_notify_revocations();
CREATE OR REPLACE TRIGGER security_events_notify_account_deleted AFTER INSERT ON auth.security_events
  FOR EACH ROW WHEN (NEW.type = 'ACCOUNT_DELETED')
  EXECUTE FUNCTION auth.pyb_notify_revocations();
