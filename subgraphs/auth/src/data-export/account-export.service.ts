import type { AuthDatabase } from '../database/create-prisma-client.js';

/**
 * Auth's part of a data export; `format` versions its shape. Everything auth stores about the
 * account except secrets: no password hash, no refresh token hashes, no signing key ids.
 */
export interface AccountExport {
  format: 'packyourbag.account/1';
  profile: { id: string; email: string | null; isGuest: boolean; createdAt: Date; lastActiveAt: Date };
  sessions: Array<{
    id: string;
    createdAt: Date;
    lastUsedAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
    revokeReason: string | null;
    userAgent: string | null;
    ipAddress: string | null;
  }>;
  personalAccessTokens: Array<{
    id: string;
    name: string;
    scopes: string[];
    createdAt: Date;
    expiresAt: Date;
    revokedAt: Date | null;
  }>;
  /** Oldest first; IP addresses as stored (anonymised). */
  securityEvents: Array<{
    id: string;
    type: string;
    ipAddress: string | null;
    userAgent: string | null;
    details: unknown;
    createdAt: Date;
  }>;
}

/** Assembles auth's part of the user's data export. */
export class AccountExportService {
  constructor(private readonly database: AuthDatabase) {}

  /** Null when the account does not exist (any more). */
  async exportFor(userId: string): Promise<AccountExport | null> {
    const [user, sessions, tokens, events] = await Promise.all([
      this.database.user.findUnique({
        where: { id: userId },
        select: { id: true, email: true, isGuest: true, createdAt: true, lastActiveAt: true },
      }),
      this.database.session.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
      this.database.personalAccessToken.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
      this.database.securityEvent.findMany({ where: { userId }, orderBy: { id: 'asc' } }),
    ]);
    if (!user) return null;
    return {
      format: 'packyourbag.account/1',
      profile: user,
      sessions: sessions.map((session) => ({
        id: session.id,
        createdAt: session.createdAt,
        lastUsedAt: session.lastUsedAt,
        expiresAt: session.expiresAt,
        revokedAt: session.revokedAt,
        revokeReason: session.revokeReason,
        userAgent: session.userAgent,
        ipAddress: session.ip,
      })),
      personalAccessTokens: tokens.map((token) => ({
        id: token.id,
        name: token.name,
        scopes: token.scopes,
        createdAt: token.createdAt,
        expiresAt: token.expiresAt,
        revokedAt: token.revokedAt,
      })),
      securityEvents: events.map((event) => ({
        // BIGSERIAL: a string, so JSON carries it exactly.
        id: event.id.toString(),
        type: event.type,
        ipAddress: event.ip,
        userAgent: event.userAgent,
        details: event.details,
        createdAt: event.createdAt,
      })),
    };
  }
}
