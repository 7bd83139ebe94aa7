import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, conflict, unauthenticated } from '@packyourbag/service-kit';
import { Prisma } from '../generated/prisma/client.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import type { AccessTokenIssuer, IssuedAccessToken } from '../tokens/access-token-issuer.js';
import { validateEmail, validateNewPassword, normaliseEmail } from './credentials-validation.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher.js';

export interface AccountRecord {
  id: string;
  email: string;
  createdAt: Date;
}

export interface SignedInAccount {
  user: AccountRecord;
  accessToken: IssuedAccessToken;
}

const SIGN_IN_REFUSED = 'The email or password is not correct.';

/** Accounts: creation and password sign-in. */
export class AccountService {
  constructor(
    private readonly database: AuthDatabase,
    private readonly tokens: AccessTokenIssuer,
  ) {}

  async signUp(email: string, password: string): Promise<SignedInAccount> {
    const normalised = validateEmail(email);
    validateNewPassword(password);
    const passwordHash = await hashPassword(password);
    try {
      const user = await this.database.user.create({
        data: { email: normalised, passwordHash },
        select: { id: true, email: true, createdAt: true },
      });
      return { user, accessToken: await this.startSession(user.id) };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw conflict('An account with this email already exists.', 'input.email');
      }
      throw error;
    }
  }

  /** Unknown email and wrong password take the same path and time and give the same error. */
  async signIn(email: string, password: string): Promise<SignedInAccount> {
    const user = await this.database.user.findUnique({ where: { email: normaliseEmail(email) } });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !valid) throw unauthenticated(SIGN_IN_REFUSED);
    return {
      user: { id: user.id, email: user.email, createdAt: user.createdAt },
      accessToken: await this.startSession(user.id),
    };
  }

  findById(id: string): Promise<AccountRecord | null> {
    return this.database.user.findUnique({
      where: { id },
      select: { id: true, email: true, createdAt: true },
    });
  }

  private startSession(userId: string): Promise<IssuedAccessToken> {
    return this.tokens.issue(userId, randomUUID(), ALL_SCOPES);
  }
}
