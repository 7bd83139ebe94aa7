import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface AuthConfig extends SubgraphConfig {
  /** DATABASE_URL: connects as the auth service role (DML on schema "auth" only). */
  databaseUrl: string;
  /** KEY_ENCRYPTION_KEY: 32 bytes, base64; encrypts signing keys at rest. */
  keyEncryptionKey: Buffer;
  /** ACCESS_TOKEN_TTL_SECONDS. @default 900 */
  accessTokenTtlSeconds: number;
  /** SESSION_LIFETIME_DAYS: a session family's life from sign-in. @default 30 */
  sessionLifetimeDays: number;
  /** REFRESH_REUSE_GRACE_SECONDS: the previous refresh token still works this long. @default 10 */
  refreshReuseGraceSeconds: number;
  /**
   * REVOCATIONS_CACHE_MS: how long the revocation feed serves a snapshot while no revocation is
   * notified (decision 1440); 0 reads the database on every request. At most 25 s, so a verifier
   * polling every 30 s sees a revocation within the required 60 s even if notifications were lost.
   * @default 20000
   */
  revocationsCacheMs: number;
  /** SIGNING_KEY_RELOAD_MS: how often keys are re-read (rotation by another instance). @default 60000 */
  signingKeyReloadMs: number;
  /** KEY_ACTIVATION_DELAY_SECONDS: a rotated-in key is published this long before it signs. @default 60 */
  keyActivationDelaySeconds: number;
  /** KEY_ROTATION_DAYS: the signing key is rotated when this old (checked hourly); 0 turns it off. @default 30 */
  keyRotationDays: number;
  /** GUEST_INACTIVE_DAYS: guests unused this long are removed (checked hourly). @default 30 */
  guestInactiveDays: number;
  /**
   * PURGE_AFTER_DAYS: sessions (with their refresh tokens) expired or revoked this long ago, personal
   * access tokens expired this long ago and outbox events published this long ago are deleted
   * (hourly, and by `npm run expired:purge`). At least a day, so the revocation feed never loses a
   * session whose access tokens could still verify (docs/decisions/0608). @default 30
   */
  purgeAfterDays: number;
  /**
   * AUDIT_RETENTION_DAYS: audit events (auth.security_events) older than this are deleted hourly.
   * At least 30 (the database refuses less). @default 365
   */
  auditRetentionDays: number;
  /** SIGN_IN_FREE_FAILURES_PER_ACCOUNT. @default 5 */
  freeFailuresPerAccount: number;
  /** SIGN_IN_FREE_FAILURES_PER_IP. @default 50 */
  freeFailuresPerIp: number;
  /** SIGN_IN_MAX_DELAY_SECONDS. @default 900 */
  maxSignInDelaySeconds: number;
  /**
   * The lifecycle-event queue the outbox relay publishes `auth.outbox_events` to
   * (docs/decisions/0901). Required in production; absent elsewhere when EVENTS_DATABASE_URL is
   * unset, and then account events stay in the outbox (other services never hear of them).
   */
  events?: {
    /** EVENTS_DATABASE_URL: the queue's PostgreSQL database (schema `events`, role pyb_events). */
    databaseUrl: string;
    /**
     * EVENTS_POLL_MS: the safety poll of the outbox relay; a committed outbox row wakes it through
     * LISTEN/NOTIFY at once (decision 1440). @default 60000
     */
    pollIntervalMs: number;
  };
}

/** Fixed development key: signing keys made with it are only as secret as this repository. */
const DEVELOPMENT_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 'packyourbag-development-only').toString('base64');

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4001);
  const keyText = read.string(
    'KEY_ENCRYPTION_KEY',
    subgraph.production ? undefined : DEVELOPMENT_KEY_ENCRYPTION_KEY,
  );
  const keyEncryptionKey = Buffer.from(keyText, 'base64');
  if (keyEncryptionKey.length !== 32) {
    throw new Error('Configuration error: KEY_ENCRYPTION_KEY must be 32 bytes, base64-encoded.');
  }
  return {
    ...subgraph,
    databaseUrl: read.url('DATABASE_URL'),
    keyEncryptionKey,
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 900, { min: 30, max: 3600 }),
    sessionLifetimeDays: read.int('SESSION_LIFETIME_DAYS', 30, { min: 1, max: 90 }),
    refreshReuseGraceSeconds: read.int('REFRESH_REUSE_GRACE_SECONDS', 10, { min: 0, max: 120 }),
    revocationsCacheMs: read.int('REVOCATIONS_CACHE_MS', 20_000, { min: 0, max: 25_000 }),
    signingKeyReloadMs: read.int('SIGNING_KEY_RELOAD_MS', 60_000, { min: 100, max: 3_600_000 }),
    keyActivationDelaySeconds: read.int('KEY_ACTIVATION_DELAY_SECONDS', 60, { min: 0, max: 3600 }),
    keyRotationDays: read.int('KEY_ROTATION_DAYS', 30, { min: 0, max: 365 }),
    guestInactiveDays: read.int('GUEST_INACTIVE_DAYS', 30, { min: 1, max: 365 }),
    purgeAfterDays: read.int('PURGE_AFTER_DAYS', 30, { min: 1, max: 3650 }),
    auditRetentionDays: read.int('AUDIT_RETENTION_DAYS', 365, { min: 30, max: 3650 }),
    freeFailuresPerAccount: read.int('SIGN_IN_FREE_FAILURES_PER_ACCOUNT', 5, { min: 1, max: 100 }),
    freeFailuresPerIp: read.int('SIGN_IN_FREE_FAILURES_PER_IP', 50, { min: 1, max: 10_000 }),
    maxSignInDelaySeconds: read.int('SIGN_IN_MAX_DELAY_SECONDS', 900, { min: 1, max: 86_400 }),
    events:
      subgraph.production || read.optionalString('EVENTS_DATABASE_URL') !== undefined
        ? {
            databaseUrl: read.url('EVENTS_DATABASE_URL'),
            pollIntervalMs: read.int('EVENTS_POLL_MS', 60_000, { min: 10, max: 3_600_000 }),
          }
        : undefined,
  };
}
