// The environment each child service starts with: what it inherits from the caller, and the
// router's rate-limit settings for this run.
import { randomBytes } from 'node:crypto';
import { SERVICE_NAMES, type RouterRateLimitEnv } from './service-definitions.js';

/**
 * What children inherit: the caller's environment minus store credentials and ports, so a
 * service only ever sees the store URL meant for it (never the admin DATABASE_URL).
 */
const NOT_INHERITED = [
  'DATABASE_URL',
  'DATABASE_ADMIN_URL',
  'MONGODB_URL',
  'REDIS_URL',
  'AUTH_DB_PASSWORD',
  'PACKING_DB_PASSWORD',
  'PORT',
  'HOST',
  ...SERVICE_NAMES.map((name) => `${name.toUpperCase()}_PORT`),
];

/**
 * The router's buckets for this run. A scratch stack gets a key prefix of its own, so parallel runs
 * on the shared Redis never spend each other's budgets. A test stack (scenarios run many requests
 * as one user or one IP) gets a budget no scenario exhausts by accident; a scenario about
 * throttling starts its own stack with a small RATE_LIMIT_CAPACITY. Set variables always win.
 */
export function routerRateLimit(
  env: NodeJS.ProcessEnv,
  nodeEnv: string,
  scratch: boolean,
): RouterRateLimitEnv {
  const test = nodeEnv === 'test';
  return {
    keyPrefix:
      env.RATE_LIMIT_KEY_PREFIX || (scratch ? `pyb:ratelimit:${randomBytes(8).toString('hex')}:` : undefined),
    capacity: env.RATE_LIMIT_CAPACITY || (test ? '1000000' : undefined),
    restorePerSecond: env.RATE_LIMIT_RESTORE_PER_SECOND || (test ? '100000' : undefined),
  };
}

export function inheritedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of NOT_INHERITED) delete copy[name];
  return copy;
}

export function withoutUndefined(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
