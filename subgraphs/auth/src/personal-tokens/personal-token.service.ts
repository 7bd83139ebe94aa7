import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, badUserInput, notFound } from '@packyourbag/service-kit';
import type { ClientInfo } from '../audit/client-info.js';
import type { SecurityEventLog } from '../audit/security-event-log.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import type { AccessTokenIssuer } from '../tokens/access-token-issuer.js';

export interface PersonalTokenRecord {
  id: string;
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface CreatePersonalTokenInput {
  name: string;
  scopes: readonly string[];
  expiresInDays: number;
}

export const MAX_PERSONAL_TOKEN_DAYS = 365;
const FIELDS = {
  id: true,
  name: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
} as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Personal access tokens for third-party clients (docs/decisions/0603): RS256 JWTs auth signs like
 * access tokens, limited to their scopes; auth keeps their metadata to list and revoke them.
 */
export class PersonalTokenService {
  constructor(
    private readonly database: AuthDatabase,
    private readonly tokens: AccessTokenIssuer,
    private readonly audit: SecurityEventLog,
  ) {}

  async create(
    userId: string,
    input: CreatePersonalTokenInput,
    client: ClientInfo = {},
  ): Promise<{ token: string; personalAccessToken: PersonalTokenRecord }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw badUserInput('Use 1 to 100 characters.', 'input.name');
    const scopes = [...new Set(input.scopes)];
    const known = new Set<string>(ALL_SCOPES);
    if (scopes.length === 0 || scopes.some((scope) => !known.has(scope))) {
      throw badUserInput(`Choose at least one of ${ALL_SCOPES.join(', ')}.`, 'input.scopes');
    }
    if (
      !Number.isInteger(input.expiresInDays) ||
      input.expiresInDays < 1 ||
      input.expiresInDays > MAX_PERSONAL_TOKEN_DAYS
    ) {
      throw badUserInput(`Choose 1 to ${MAX_PERSONAL_TOKEN_DAYS} days.`, 'input.expiresInDays');
    }
    const id = randomUUID();
    const createdAt = new Date();
    const expiresAt = new Date(createdAt.getTime() + input.expiresInDays * 86_400_000);
    const { token, kid } = await this.tokens.issuePersonal(userId, id, scopes, expiresAt);
    const personalAccessToken = await this.database.$transaction(async (tx) => {
      const created = await tx.personalAccessToken.create({
        data: { id, userId, name, scopes, createdAt, expiresAt, signingKeyId: kid },
        select: FIELDS,
      });
      await this.audit.record(
        { type: 'TOKEN_CREATED', userId, client, details: { tokenId: id, name, scopes } },
        tx,
      );
      return created;
    });
    return { token, personalAccessToken };
  }

  list(userId: string): Promise<PersonalTokenRecord[]> {
    return this.database.personalAccessToken.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      select: FIELDS,
    });
  }

  /** Revokes one of the user's tokens (idempotent); another user's answers NOT_FOUND. */
  async revoke(userId: string, id: string, client: ClientInfo = {}): Promise<PersonalTokenRecord> {
    const existing = UUID.test(id)
      ? await this.database.personalAccessToken.findFirst({ where: { id, userId }, select: FIELDS })
      : null;
    if (!existing) throw notFound('PersonalAccessToken', id);
    if (existing.revokedAt) return existing;
    return this.database.$transaction(async (tx) => {
      const revoked = await tx.personalAccessToken.update({
        where: { id },
        data: { revokedAt: new Date() },
        select: FIELDS,
      });
      await this.audit.record({ type: 'TOKEN_REVOKED', userId, client, details: { tokenId: id } }, tx);
      return revoked;
    });
  }
}
