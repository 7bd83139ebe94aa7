import { randomUUID } from 'node:crypto';
import { ALL_SCOPES, notFound, unauthenticated } from '@packyourbag/service-kit';
import { anonymiseIp } from '../audit/anonymise-ip.js';
import type { ClientInfo } from '../audit/client-info.js';
import type { SecurityEventLog } from '../audit/security-event-log.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { AccessTokenIssuer, IssuedAccessToken } from '../tokens/access-token-issuer.js';
import { describeDevice } from './describe-device.js';
import { hashRefreshToken, looksLikeRefreshToken, newRefreshToken } from './refresh-token-secret.js';
import { touchLastActive } from './touch-last-active.js';

export interface SessionServiceOptions {
  database: AuthDatabase;
  tokens: AccessTokenIssuer;
  audit: SecurityEventLog;
  /** How long a session family lives from sign-in; rotation never extends it. @default 30 days */
  familyLifetimeSeconds?: number;
  /**
   * How long after a refresh token was rotated it may be presented again for a sibling pair
   * instead of a reuse verdict (two tabs refreshing at once). @default 10
   */
  reuseGraceSeconds?: number;
  /** @default () => new Date() */
  now?: () => Date;
}

export interface SessionTokens {
  userId: string;
  sessionId: string;
  accessToken: IssuedAccessToken;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface SessionRecord {
  id: string;
  device: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  current: boolean;
}

const REFRESH_REFUSED = 'The refresh token is invalid, expired or revoked. Sign in again.';

interface FamilyRow {
  id: string;
  user_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

type RefreshOutcome =
  | { kind: 'rotated'; userId: string; sessionId: string; refreshToken: string; expiresAt: Date }
  | { kind: 'refused' };

/**
 * Session families and their rotating refresh tokens (see docs/decisions/0601). A family is one
 * sign-in; each refresh spends the presented token and issues its child. A spent token presented
 * again revokes the family, unless it is the immediately previous one within the grace window.
 */
export class SessionService {
  private readonly lifetimeMs: number;
  private readonly graceMs: number;
  private readonly now: () => Date;

  constructor(private readonly options: SessionServiceOptions) {
    this.lifetimeMs = (options.familyLifetimeSeconds ?? 30 * 86_400) * 1000;
    this.graceMs = (options.reuseGraceSeconds ?? 10) * 1000;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens a family for a user who just proved who they are, inside the caller's transaction. */
  async start(tx: Prisma.TransactionClient, userId: string, client: ClientInfo): Promise<SessionTokens> {
    const now = this.now();
    const sessionId = randomUUID();
    const expiresAt = new Date(now.getTime() + this.lifetimeMs);
    const refreshToken = newRefreshToken();
    await tx.session.create({
      data: {
        id: sessionId,
        userId,
        createdAt: now,
        lastUsedAt: now,
        expiresAt,
        userAgent: client.userAgent ?? null,
        ip: anonymiseIp(client.ip) ?? null,
        refreshTokens: {
          create: { tokenHash: hashRefreshToken(refreshToken), expiresAt, createdAt: now },
        },
      },
    });
    return {
      userId,
      sessionId,
      accessToken: await this.options.tokens.issue(userId, sessionId, ALL_SCOPES),
      refreshToken,
      refreshTokenExpiresAt: expiresAt,
    };
  }

  /** Rotates a refresh token (see the class comment). Refusals are UNAUTHENTICATED. */
  async refresh(presented: string, client: ClientInfo): Promise<SessionTokens> {
    if (!looksLikeRefreshToken(presented)) throw unauthenticated(REFRESH_REFUSED);
    const tokenHash = hashRefreshToken(presented);
    const found = await this.options.database.refreshToken.findUnique({
      where: { tokenHash },
      select: { familyId: true },
    });
    if (!found) throw unauthenticated(REFRESH_REFUSED);

    // The family row lock serialises every refresh of one family: two tabs presenting the same
    // token are decided one after the other, the second seeing the first one's rotation.
    const outcome = await this.options.database.$transaction(
      (tx) => this.rotateLocked(tx, found.familyId, tokenHash, client),
      { timeout: 10_000 },
    );
    if (outcome.kind === 'refused') throw unauthenticated(REFRESH_REFUSED);
    return {
      userId: outcome.userId,
      sessionId: outcome.sessionId,
      accessToken: await this.options.tokens.issue(outcome.userId, outcome.sessionId, ALL_SCOPES),
      refreshToken: outcome.refreshToken,
      refreshTokenExpiresAt: outcome.expiresAt,
    };
  }

  private async rotateLocked(
    tx: Prisma.TransactionClient,
    familyId: string,
    tokenHash: string,
    client: ClientInfo,
  ): Promise<RefreshOutcome> {
    const now = this.now();
    const [family] = await tx.$queryRaw<FamilyRow[]>`
      select id, user_id, expires_at, revoked_at from auth.sessions where id = ${familyId}::uuid for update`;
    if (!family || family.revoked_at || family.expires_at.getTime() <= now.getTime()) {
      return { kind: 'refused' };
    }
    const token = await tx.refreshToken.findUniqueOrThrow({ where: { tokenHash } });
    if (token.usedAt) {
      const replacement = token.replacedById
        ? await tx.refreshToken.findUnique({ where: { id: token.replacedById }, select: { usedAt: true } })
        : null;
      const immediatelyPrevious = replacement !== null && replacement.usedAt === null;
      const withinGrace = now.getTime() - token.usedAt.getTime() <= this.graceMs;
      if (!immediatelyPrevious || !withinGrace) {
        await tx.session.update({
          where: { id: family.id },
          data: { revokedAt: now, revokeReason: 'refresh-token-reuse' },
        });
        await this.options.audit.record(
          {
            type: 'REFRESH_REUSE_DETECTED',
            userId: family.user_id,
            client,
            details: { sessionId: family.id },
          },
          tx,
        );
        return { kind: 'refused' };
      }
    }

    const refreshToken = newRefreshToken();
    const child = await tx.refreshToken.create({
      data: {
        familyId: family.id,
        tokenHash: hashRefreshToken(refreshToken),
        parentId: token.id,
        createdAt: now,
        expiresAt: family.expires_at,
      },
      select: { id: true },
    });
    // Within the grace window the spent token keeps pointing at its first replacement: the child
    // issued here is a sibling, and the window is measured from the first rotation.
    if (!token.usedAt) {
      await tx.refreshToken.update({
        where: { id: token.id },
        data: { usedAt: now, replacedById: child.id },
      });
    }
    await tx.session.update({ where: { id: family.id }, data: { lastUsedAt: now } });
    await touchLastActive(tx, family.user_id, now);
    return {
      kind: 'rotated',
      userId: family.user_id,
      sessionId: family.id,
      refreshToken,
      expiresAt: family.expires_at,
    };
  }

  /** Active sessions of a user, most recently used first; `currentSessionId` marks the caller's. */
  async list(userId: string, currentSessionId?: string): Promise<SessionRecord[]> {
    const sessions = await this.options.database.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: this.now() } },
      orderBy: { lastUsedAt: 'desc' },
    });
    return sessions.map((session) => toRecord(session, currentSessionId));
  }

  /** Revokes one of the user's sessions; another user's answers NOT_FOUND like a missing one. */
  async revoke(userId: string, sessionId: string, client: ClientInfo, currentSessionId?: string) {
    const session = UUID.test(sessionId)
      ? await this.options.database.session.findFirst({ where: { id: sessionId, userId } })
      : null;
    if (!session) throw notFound('Session', sessionId);
    if (session.revokedAt) return toRecord(session, currentSessionId);
    const revoked = await this.options.database.$transaction(async (tx) => {
      const updated = await tx.session.update({
        where: { id: sessionId },
        data: { revokedAt: this.now(), revokeReason: 'revoked-by-user' },
      });
      await this.options.audit.record(
        { type: 'SESSION_REVOKED', userId, client, details: { sessionId } },
        tx,
      );
      return updated;
    });
    return toRecord(revoked, currentSessionId);
  }

  /** Signs out the caller's own session. */
  async signOut(userId: string, sessionId: string, client: ClientInfo): Promise<boolean> {
    return this.options.database.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id: sessionId, userId, revokedAt: null },
        data: { revokedAt: this.now(), revokeReason: 'signed-out' },
      });
      await this.options.audit.record({ type: 'SIGNED_OUT', userId, client, details: { sessionId } }, tx);
      return count > 0;
    });
  }

  /** Revokes every active session of the user except `keep`; returns how many. */
  async revokeAll(
    tx: Prisma.TransactionClient,
    userId: string,
    reason: string,
    keep?: string,
  ): Promise<number> {
    const { count } = await tx.session.updateMany({
      where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: this.now(), revokeReason: reason },
    });
    return count;
  }

  async signOutEverywhere(userId: string, client: ClientInfo): Promise<number> {
    return this.options.database.$transaction(async (tx) => {
      const count = await this.revokeAll(tx, userId, 'signed-out-everywhere');
      await this.options.audit.record(
        { type: 'SIGNED_OUT_EVERYWHERE', userId, client, details: { sessions: count } },
        tx,
      );
      return count;
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toRecord(
  session: {
    id: string;
    userAgent: string | null;
    ip: string | null;
    createdAt: Date;
    lastUsedAt: Date;
    expiresAt: Date;
  },
  currentSessionId: string | undefined,
): SessionRecord {
  return {
    id: session.id,
    device: describeDevice(session.userAgent),
    userAgent: session.userAgent,
    ipAddress: session.ip,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
    current: session.id === currentSessionId,
  };
}
