import { createHash } from 'node:crypto';
import { ErrorCode } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import type { AuthDatabase } from '../database/create-prisma-client.js';

export interface SignInThrottleOptions {
  database: AuthDatabase;
  /** Failed sign-ins per account before delays start. @default 5 */
  freeFailuresPerAccount?: number;
  /** Failed sign-ins per client IP before delays start (offices and NATs share one). @default 50 */
  freeFailuresPerIp?: number;
  /** Longest delay, in seconds. @default 900 */
  maxDelaySeconds?: number;
  /** Failures older than this are forgotten, in seconds. @default 3600 */
  forgetAfterSeconds?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /**
   * Prefix of this throttle's counter keys, so another kind of attempt (sign-ups that met a taken
   * address, decision 0610) keeps counters of its own in the same table. @default '' (sign-ins)
   */
  keyPrefix?: string;
  /** What a THROTTLED answer says before the wait. @default 'Too many failed sign-ins.' */
  refusal?: string;
}

/** The subjects one sign-in attempt is counted against. */
export interface SignInSubject {
  /** Normalised email (known or not: the throttle must not reveal which). */
  email: string;
  ip?: string;
}

/** THROTTLED with the seconds to wait; the same for every email, existing or not. */
export function throttled(retryAfterSeconds: number, refusal = 'Too many failed sign-ins.'): GraphQLError {
  return new GraphQLError(`${refusal} Try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: ErrorCode.Throttled, retryAfter: retryAfterSeconds },
  });
}

/**
 * Growing delays after failed sign-ins, per account and per IP, kept in PostgreSQL so every auth
 * instance enforces the same counters: after the free failures, each further failure locks the key
 * for 2, 4, 8 … seconds up to `maxDelaySeconds`. A success clears the account's counter (not the
 * IP's: one good account must not launder an IP's failures on others). Keys are hashed, so the
 * table holds no email addresses or IPs.
 */
export class SignInThrottle {
  private readonly freePerAccount: number;
  private readonly freePerIp: number;
  private readonly maxDelaySeconds: number;
  private readonly forgetAfterMs: number;
  private readonly now: () => Date;
  private readonly keyPrefix: string;
  private readonly refusal: string | undefined;

  constructor(private readonly options: SignInThrottleOptions) {
    this.freePerAccount = options.freeFailuresPerAccount ?? 5;
    this.freePerIp = options.freeFailuresPerIp ?? 50;
    this.maxDelaySeconds = options.maxDelaySeconds ?? 900;
    this.forgetAfterMs = (options.forgetAfterSeconds ?? 3600) * 1000;
    this.now = options.now ?? (() => new Date());
    this.keyPrefix = options.keyPrefix ?? '';
    this.refusal = options.refusal;
  }

  /** Throws THROTTLED when any of the subject's keys is locked. */
  async assertAllowed(subject: SignInSubject): Promise<void> {
    const now = this.now();
    const locked = await this.options.database.signInThrottle.findMany({
      where: { key: { in: this.keys(subject).map(([key]) => key) }, lockedUntil: { gt: now } },
      select: { lockedUntil: true },
    });
    const until = Math.max(0, ...locked.map((row) => row.lockedUntil?.getTime() ?? 0));
    if (until > now.getTime()) throw throttled(Math.ceil((until - now.getTime()) / 1000), this.refusal);
  }

  /** Counts a failure on every key; returns the longest lock it set, in seconds (0 for none). */
  async recordFailure(subject: SignInSubject): Promise<number> {
    const now = this.now();
    const forgetBefore = new Date(now.getTime() - this.forgetAfterMs);
    let longest = 0;
    for (const [key, free] of this.keys(subject)) {
      const [row] = await this.options.database.$queryRaw<Array<{ failures: number }>>`
        insert into auth.sign_in_throttles (key, failures, last_failure_at)
        values (${key}, 1, ${now})
        on conflict (key) do update set
          failures = case when sign_in_throttles.last_failure_at < ${forgetBefore}
                          then 1 else sign_in_throttles.failures + 1 end,
          last_failure_at = ${now}
        returning failures`;
      const failures = row?.failures ?? 0;
      if (failures < free) continue;
      const delay = Math.min(2 ** (failures - free + 1), this.maxDelaySeconds);
      longest = Math.max(longest, delay);
      await this.options.database.signInThrottle.update({
        where: { key },
        data: { lockedUntil: new Date(now.getTime() + delay * 1000) },
      });
    }
    return longest;
  }

  /** A successful sign-in clears the account's failures. */
  async recordSuccess(subject: SignInSubject): Promise<void> {
    await this.options.database.signInThrottle.deleteMany({
      where: { key: `${this.keyPrefix}${accountKey(subject.email)}` },
    });
  }

  /**
   * A key whose last failure is older than this (and whose lock has passed) counts as no failures:
   * the next failure starts again at 1, so its row can be deleted without changing any verdict.
   */
  forgottenBefore(now: Date): Date {
    return new Date(now.getTime() - this.forgetAfterMs);
  }

  private keys(subject: SignInSubject): Array<[string, number]> {
    const keys: Array<[string, number]> = [
      [`${this.keyPrefix}${accountKey(subject.email)}`, this.freePerAccount],
    ];
    if (subject.ip) keys.push([`${this.keyPrefix}ip:${digest(subject.ip)}`, this.freePerIp]);
    return keys;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');
const accountKey = (email: string) => `account:${digest(email)}`;
