import { errors, importJWK, type JWK, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '../logging/logger.js';
import { httpJwksLoader, type JwksLoader } from './fetch-jwks.js';

export interface JwksKeySourceOptions {
  /** Auth's JWKS, e.g. http://127.0.0.1:4001/.well-known/jwks.json. Either this or `load`. */
  url?: URL;
  /** Loads the key set directly (tests). Takes precedence over `url`. */
  load?: JwksLoader;
  /**
   * How long a fetched key set counts as current, in milliseconds. It is refreshed in the
   * background before then; when that fails the keys stay in use (stale while failing).
   * @default 600000
   */
  maxAgeMs?: number;
  /**
   * How long before `maxAgeMs` ends the background refresh runs, in milliseconds.
   * @default 60000 (at most half of maxAgeMs)
   */
  refreshAheadMs?: number;
  /**
   * Least time between two fetches caused by a token whose `kid` is not in the set, in
   * milliseconds: a flood of forged kids costs auth one request per interval.
   * @default 30000
   */
  cooldownMs?: number;
  /**
   * First wait before retrying a failed fetch in the background, in milliseconds; each further
   * failure doubles it up to `retryMs`. While no key was ever fetched, a request may also start a
   * fetch once the current wait has passed since the last attempt (services start together: auth
   * is often up a moment after the router).
   * @default 250
   */
  firstRetryMs?: number;
  /**
   * Longest wait between two retries of a failing fetch, in milliseconds.
   * @default 5000
   */
  retryMs?: number;
  /**
   * Longest wait for one fetch of `url`, in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * The clock, in milliseconds (tests inject one).
   * @default Date.now
   */
  now?: () => number;
  /** Where failed fetches are reported. @default silent */
  logger?: Logger;
  /** Called once for every failed fetch (a service counts them: `JWKS_REFRESH_FAILURES_METRIC`). */
  onRefreshFailure?: (error: unknown) => void;
}

/** The counter every service that fetches auth's keys exposes; the alert PybJwksRefreshFailing reads it. */
export const JWKS_REFRESH_FAILURES_METRIC = {
  name: 'pyb_jwks_refresh_failures_total',
  help: "Failed fetches of auth's signing keys (JWKS); the keys fetched before stay in use meanwhile.",
} as const;

export interface JwksKeySource {
  /** The key for a token's header, for jose's `jwtVerify`. */
  getKey: JWTVerifyGetKey;
  /** True once a key set was fetched (ever): only then can a refused token be the token's fault. */
  keysAvailable(): boolean;
  /** Fetches now (joining a fetch under way); resolves false, keeping the current keys, on failure. */
  refresh(): Promise<boolean>;
  /** Stops the background refreshes. */
  stop(): void;
}

/** No key set was ever fetched, so no token can be checked (not the token's fault). */
export class JwksUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The signing keys are not available yet.', { cause });
    this.name = 'JwksUnavailableError';
  }
}

type SigningKey = Awaited<ReturnType<typeof importJWK>>;

/** An RSA signing key usable for RS256 (anything else in the set is ignored). */
function isRs256Key(jwk: JWK): boolean {
  return jwk.kty === 'RSA' && (jwk.alg === undefined || jwk.alg === 'RS256') && jwk.use !== 'enc';
}

/**
 * Auth's public keys for verifying access tokens, kept in memory so a verification never waits on
 * the network: fetched at start, refreshed in the background before they age out, refetched when a
 * token names an unknown `kid` (at most once per cool-down, so a rotation is picked up at once but
 * forged kids cannot hammer auth), and kept in use while auth is down (stale while failing): an
 * auth outage must not log every caller out. Timers are unref'd (they never keep a process up).
 */
export function createJwksKeySource(options: JwksKeySourceOptions): JwksKeySource {
  const load =
    options.load ?? (options.url ? httpJwksLoader(options.url, options.timeoutMs ?? 5000) : undefined);
  if (!load) throw new Error('createJwksKeySource needs a url or a load function.');
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? 600_000;
  const refreshAheadMs = Math.min(options.refreshAheadMs ?? 60_000, maxAgeMs / 2);
  const cooldownMs = options.cooldownMs ?? 30_000;
  const retryMs = options.retryMs ?? 5000;
  const firstRetryMs = Math.min(options.firstRetryMs ?? 250, retryMs);
  let retryDelayMs = firstRetryMs;
  const source = options.url?.href ?? 'JWKS';

  let keys: JWK[] = [];
  /** Imported keys by their JSON, so an unchanged key is imported once however often the set is fetched. */
  let imported = new Map<string, Promise<SigningKey>>();
  let fetchedAt: number | undefined;
  let lastAttemptAt = -Infinity;
  let lastError: unknown;
  let inFlight: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delayMs);
    timer.unref();
  };

  const refresh = (): Promise<boolean> => {
    inFlight ??= (async () => {
      lastAttemptAt = now();
      try {
        const set = await load();
        keys = set.keys.filter(isRs256Key);
        const current = new Map<string, Promise<SigningKey>>();
        for (const jwk of keys) {
          const id = JSON.stringify(jwk);
          current.set(id, imported.get(id) ?? importJWK(jwk, 'RS256'));
        }
        imported = current;
        fetchedAt = now();
        lastError = undefined;
        retryDelayMs = firstRetryMs;
        schedule(maxAgeMs - refreshAheadMs);
        return true;
      } catch (error) {
        lastError = error;
        options.onRefreshFailure?.(error);
        options.logger?.warn(
          { err: error, url: source, keys: keys.length },
          keys.length > 0
            ? 'could not refresh the signing keys; keeping the ones fetched before'
            : 'could not fetch the signing keys; tokens cannot be checked until they are',
        );
        schedule(retryDelayMs);
        retryDelayMs = Math.min(retryDelayMs * 2, retryMs);
        return false;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  const find = (kid: string | undefined): JWK | undefined => {
    if (kid !== undefined) return keys.find((jwk) => jwk.kid === kid);
    return keys.length === 1 ? keys[0] : undefined; // a token without kid: only an unambiguous set
  };

  const keyFor = (jwk: JWK): Promise<SigningKey> => {
    const id = JSON.stringify(jwk);
    let key = imported.get(id);
    if (!key) {
      key = importJWK(jwk, 'RS256');
      imported.set(id, key);
    }
    return key;
  };

  const getKey: JWTVerifyGetKey = async (header) => {
    if (fetchedAt === undefined) {
      // Never fetched: join the fetch under way, or start one unless one just failed.
      if (inFlight || now() - lastAttemptAt >= retryDelayMs / 2) await refresh();
      if (fetchedAt === undefined) throw new JwksUnavailableError(lastError);
    } else if (now() - fetchedAt >= maxAgeMs && !inFlight && now() - lastAttemptAt >= retryDelayMs) {
      void refresh(); // the background refresh is late or failing: try again, serve what we have
    }
    let jwk = find(header.kid);
    if (!jwk && (inFlight || now() - lastAttemptAt >= cooldownMs)) {
      await refresh(); // a rotation auth made since the last fetch (or the fetch under way)
      jwk = find(header.kid);
    }
    if (!jwk) throw new errors.JWKSNoMatchingKey();
    return keyFor(jwk);
  };

  void refresh();

  return {
    getKey,
    keysAvailable: () => fetchedAt !== undefined,
    refresh,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
