import type { Logger } from '@packyourbag/service-kit';
import { AccountService } from './accounts/account.service.js';
import { SecurityEventLog } from './audit/security-event-log.js';
import type { AuthConfig } from './config.js';
import type { AuthDatabase } from './database/create-prisma-client.js';
import { GuestPruner } from './guests/guest-pruner.js';
import { PersonalTokenService } from './personal-tokens/personal-token.service.js';
import { ExpiredRowPurger } from './retention/expired-row-purger.js';
import { RevocationFeed } from './revocation/revocation-feed.js';
import { SessionService } from './sessions/session.service.js';
import { SigningKeyStore } from './signing-keys/signing-key-store.js';
import { SignInThrottle } from './throttling/sign-in-throttle.js';
import { AccessTokenIssuer } from './tokens/access-token-issuer.js';

/** The settings the services need (a subset of AuthConfig, so tests and CLIs can build them too). */
export type AuthServicesConfig = Pick<
  AuthConfig,
  | 'keyEncryptionKey'
  | 'accessTokenTtlSeconds'
  | 'sessionLifetimeDays'
  | 'refreshReuseGraceSeconds'
  | 'guestInactiveDays'
  | 'purgeAfterDays'
  | 'auditRetentionDays'
  | 'freeFailuresPerAccount'
  | 'freeFailuresPerIp'
  | 'maxSignInDelaySeconds'
> &
  Partial<Pick<AuthConfig, 'keyActivationDelaySeconds'>> & {
    trust: Pick<AuthConfig['trust'], 'issuer' | 'audience'>;
  };

export interface AuthServices {
  keys: SigningKeyStore;
  tokens: AccessTokenIssuer;
  audit: SecurityEventLog;
  sessions: SessionService;
  accounts: AccountService;
  personalTokens: PersonalTokenService;
  revocations: RevocationFeed;
  guests: GuestPruner;
  purger: ExpiredRowPurger;
}

/** Builds auth's services over one database (keys are not loaded yet: call `keys.load()`). */
export function createAuthServices(
  database: AuthDatabase,
  config: AuthServicesConfig,
  logger?: Logger,
): AuthServices {
  const keys = new SigningKeyStore({
    database,
    keyEncryptionKey: config.keyEncryptionKey,
    retiredKeyGraceSeconds: config.accessTokenTtlSeconds + 60,
    activationDelaySeconds: config.keyActivationDelaySeconds ?? 0,
    ...(logger ? { logger } : {}),
  });
  const tokens = new AccessTokenIssuer({
    keys,
    issuer: config.trust.issuer,
    audience: config.trust.audience,
    ttlSeconds: config.accessTokenTtlSeconds,
  });
  const audit = new SecurityEventLog(database);
  const sessions = new SessionService({
    database,
    tokens,
    audit,
    familyLifetimeSeconds: config.sessionLifetimeDays * 86_400,
    reuseGraceSeconds: config.refreshReuseGraceSeconds,
  });
  const throttle = new SignInThrottle({
    database,
    freeFailuresPerAccount: config.freeFailuresPerAccount,
    freeFailuresPerIp: config.freeFailuresPerIp,
    maxDelaySeconds: config.maxSignInDelaySeconds,
  });
  // Sign-ups that met a taken address: 3 per address and 20 per IP an hour, then growing waits
  // (0610); an office or a test run behind one address still signs up freely.
  const signUpThrottle = new SignInThrottle({
    database,
    keyPrefix: 'sign-up:',
    freeFailuresPerAccount: 3,
    freeFailuresPerIp: 20,
    maxDelaySeconds: config.maxSignInDelaySeconds,
    refusal: 'Too many sign-ups with addresses that already have an account.',
  });
  return {
    keys,
    tokens,
    audit,
    sessions,
    accounts: new AccountService({ database, sessions, audit, throttle, signUpThrottle }),
    personalTokens: new PersonalTokenService(database, tokens, audit),
    revocations: new RevocationFeed({ database, accessTokenTtlSeconds: config.accessTokenTtlSeconds }),
    guests: new GuestPruner({
      database,
      audit,
      inactiveDays: config.guestInactiveDays,
      ...(logger ? { logger } : {}),
    }),
    purger: new ExpiredRowPurger({
      database,
      throttle,
      purgeAfterDays: config.purgeAfterDays,
      auditRetentionDays: config.auditRetentionDays,
      ...(logger ? { logger } : {}),
    }),
  };
}
