import type { Caller } from './caller.js';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; the oldest entry goes first. */
  size: number;
  /** Longest a verdict is reused, in milliseconds (bounds how long a key auth withdrew still counts). */
  maxAgeMs: number;
  /** @default Date.now */
  now?: () => number;
}

interface Entry {
  caller: Caller;
  /** Milliseconds: valid from (nbf − leeway) until (exp + leeway), and no longer than maxAge after caching. */
  validFrom: number;
  validUntil: number;
}

export interface VerifiedTokenCache {
  /** The caller of a token verified before, if its verdict still holds at this instant. */
  get(token: string): Caller | undefined;
  remember(token: string, caller: Caller, window: { notBefore: number; expires: number }): void;
}

/**
 * Verdicts of tokens whose signature and claims checked out, so the same token on the next request
 * costs a map lookup instead of an RSA verification. Only the time-dependent checks are repeated
 * (exp/nbf with the leeway); revocation is asked on every request by the verifier, not cached here.
 */
export function createVerifiedTokenCache(options: VerifiedTokenCacheOptions): VerifiedTokenCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      const at = now();
      if (at < entry.validFrom || at >= entry.validUntil) {
        entries.delete(token);
        return undefined;
      }
      return entry.caller;
    },
    remember(token, caller, window) {
      if (options.size <= 0) return;
      entries.delete(token);
      entries.set(token, {
        caller,
        validFrom: window.notBefore,
        validUntil: Math.min(window.expires, now() + options.maxAgeMs),
      });
      if (entries.size > options.size) entries.delete(entries.keys().next().value as string);
    },
  };
}
