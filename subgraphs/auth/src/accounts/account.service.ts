import { badUserInput, conflict, forbidden, unauthenticated } from '@packyourbag/service-kit';
import type { ClientInfo } from '../audit/client-info.js';
import type { SecurityEventLog } from '../audit/security-event-log.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { Prisma } from '../generated/prisma/client.js';
import { writeOutboxEvent } from '../outbox/outbox.js';
import type { SessionService, SessionTokens } from '../sessions/session.service.js';
import { touchLastActive } from '../sessions/touch-last-active.js';
import type { SignInThrottle } from '../throttling/sign-in-throttle.js';
import { normaliseEmail, validateEmail } from './credentials-validation.js';
import { deleteUser } from './delete-user.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher.js';
import { checkNewPassword } from './password-policy.js';

export interface AccountRecord {
  id: string;
  /** Null for a guest. */
  email: string | null;
  isGuest: boolean;
  createdAt: Date;
}

export interface SignedInAccount {
  user: AccountRecord;
  session: SessionTokens;
}

export interface AccountServiceOptions {
  database: AuthDatabase;
  sessions: SessionService;
  audit: SecurityEventLog;
  throttle: SignInThrottle;
  /**
   * Counts sign-ups that met a taken address, per email and per client IP: the answer says the
   * address is taken (decision 0610), so probing many addresses is what this slows down.
   */
  signUpThrottle: SignInThrottle;
}

const SIGN_IN_REFUSED = 'The email or password is not correct.';
const ACCOUNT_FIELDS = { id: true, email: true, isGuest: true, createdAt: true } as const;

/** Accounts: sign-up, sign-in, guests and their upgrade, password change, deletion. */
export class AccountService {
  private readonly database: AuthDatabase;

  constructor(private readonly options: AccountServiceOptions) {
    this.database = options.database;
  }

  async signUp(email: string, password: string, client: ClientInfo = {}): Promise<SignedInAccount> {
    const normalised = validateEmail(email);
    const subject = { email: normalised, ...(client.ip ? { ip: client.ip } : {}) };
    await this.options.signUpThrottle.assertAllowed(subject);
    // Hashed whether or not the address is taken, so both answers take the same time.
    const passwordHash = await hashPassword(checkNewPassword(password, normalised));
    try {
      return await this.database.$transaction(async (tx) => {
        const user = await tx.user.create({
          data: { email: normalised, passwordHash },
          select: ACCOUNT_FIELDS,
        });
        await writeOutboxEvent(tx, { type: 'user.created', payload: { userId: user.id, guest: false } });
        await this.options.audit.record({ type: 'SIGN_UP', userId: user.id, client }, tx);
        return { user, session: await this.options.sessions.start(tx, user.id, client) };
      });
    } catch (error) {
      const taken = emailTaken(error);
      if (taken) await this.options.signUpThrottle.recordFailure(subject);
      throw taken ?? error;
    }
  }

  /**
   * Unknown email and wrong password take the same path (a decoy hash, the same writes) and give
   * the same error; the throttle counts both against the email, existing or not.
   */
  async signIn(email: string, password: string, client: ClientInfo = {}): Promise<SignedInAccount> {
    const normalised = normaliseEmail(email);
    const subject = { email: normalised, ...(client.ip ? { ip: client.ip } : {}) };
    await this.options.throttle.assertAllowed(subject);
    const user = await this.database.user.findUnique({ where: { email: normalised } });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !valid) {
      await this.options.throttle.recordFailure(subject);
      await this.options.audit.record({ type: 'SIGN_IN_FAILED', userId: user?.id ?? null, client });
      throw unauthenticated(SIGN_IN_REFUSED);
    }
    await this.options.throttle.recordSuccess(subject);
    return this.database.$transaction(async (tx) => {
      await this.options.audit.record({ type: 'SIGN_IN', userId: user.id, client }, tx);
      await touchLastActive(tx, user.id, new Date());
      return {
        user: { id: user.id, email: user.email, isGuest: user.isGuest, createdAt: user.createdAt },
        session: await this.options.sessions.start(tx, user.id, client),
      };
    });
  }

  /** A user without email or password, signed in; `user.created` says it is a guest. */
  async startGuest(client: ClientInfo = {}): Promise<SignedInAccount> {
    return this.database.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { isGuest: true }, select: ACCOUNT_FIELDS });
      await writeOutboxEvent(tx, { type: 'user.created', payload: { userId: user.id, guest: true } });
      await this.options.audit.record({ type: 'GUEST_STARTED', userId: user.id, client }, tx);
      return { user, session: await this.options.sessions.start(tx, user.id, client) };
    });
  }

  /** Gives a guest credentials; the id, and so everything other services hold for it, stays. */
  async upgradeGuest(
    userId: string,
    email: string,
    password: string,
    client: ClientInfo = {},
  ): Promise<AccountRecord> {
    const normalised = validateEmail(email);
    const passwordHash = await hashPassword(checkNewPassword(password, normalised));
    try {
      return await this.database.$transaction(async (tx) => {
        const { count } = await tx.user.updateMany({
          where: { id: userId, isGuest: true },
          data: { email: normalised, passwordHash, isGuest: false },
        });
        if (count === 0) throw conflict('Only a guest account can be upgraded.');
        await writeOutboxEvent(tx, { type: 'user.upgraded', payload: { userId } });
        await this.options.audit.record({ type: 'GUEST_UPGRADED', userId, client }, tx);
        return tx.user.findUniqueOrThrow({ where: { id: userId }, select: ACCOUNT_FIELDS });
      });
    } catch (error) {
      throw emailTaken(error) ?? error;
    }
  }

  /** Changes the password and signs out every other session; returns how many. */
  async changePassword(
    userId: string,
    currentSessionId: string | undefined,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo = {},
  ): Promise<{ user: AccountRecord; signedOutSessions: number }> {
    const email = await this.verifyOwnPassword(userId, currentPassword, 'input.currentPassword', client);
    const passwordHash = await hashPassword(checkNewPassword(newPassword, email, 'input.newPassword'));
    return this.database.$transaction(async (tx) => {
      const user = await tx.user.update({
        where: { id: userId },
        data: { passwordHash },
        select: ACCOUNT_FIELDS,
      });
      const signedOutSessions = await this.options.sessions.revokeAll(
        tx,
        userId,
        'password-changed',
        currentSessionId,
      );
      await this.options.audit.record(
        { type: 'PASSWORD_CHANGED', userId, client, details: { signedOutSessions } },
        tx,
      );
      return { user, signedOutSessions };
    });
  }

  /** Deletes the account after checking the password again (a guest has none to give). */
  async deleteAccount(userId: string, password: string | null | undefined, client: ClientInfo = {}) {
    const user = await this.database.user.findUnique({ where: { id: userId }, select: { isGuest: true } });
    if (!user) throw unauthenticated();
    if (!user.isGuest) await this.verifyOwnPassword(userId, password ?? '', 'input.password', client);
    await this.database.$transaction((tx) => deleteUser(tx, this.options.audit, userId, 'requested', client));
    return true;
  }

  findById(id: string): Promise<AccountRecord | null> {
    return this.database.user.findUnique({ where: { id }, select: ACCOUNT_FIELDS });
  }

  /** Re-authentication for sensitive changes, throttled like sign-in. */
  private async verifyOwnPassword(
    userId: string,
    password: string,
    field: string,
    client: ClientInfo,
  ): Promise<string> {
    const user = await this.database.user.findUnique({ where: { id: userId } });
    if (!user) throw unauthenticated();
    if (!user.passwordHash || !user.email) throw forbidden('A guest account has no password yet.');
    const subject = { email: user.email, ...(client.ip ? { ip: client.ip } : {}) };
    await this.options.throttle.assertAllowed(subject);
    if (!(await verifyPassword(password, user.passwordHash))) {
      await this.options.throttle.recordFailure(subject);
      await this.options.audit.record({
        type: 'SIGN_IN_FAILED',
        userId,
        client,
        details: { reauthentication: true },
      });
      throw badUserInput('The password is not correct.', field);
    }
    return user.email;
  }
}

function emailTaken(error: unknown) {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return conflict('An account with this email already exists.', 'input.email');
  }
  return undefined;
}
