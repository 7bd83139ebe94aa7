/**
 * The channel auth's revocation triggers notify on (migration 20261206211000_revocation_notify):
 * a session family or personal access token revoked, or an account deleted. Payload empty.
 */
export const REVOCATIONS_CHANNEL = 'pyb_auth_revocations';
