import type { Prisma, SecurityEventType } from '../generated/prisma/client.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { anonymiseIp } from './anonymise-ip.js';
import type { ClientInfo } from './client-info.js';

export interface SecurityEventInput {
  type: SecurityEventType;
  userId?: string | null;
  client?: ClientInfo;
  details?: Prisma.InputJsonObject;
}

export interface SecurityEventRecord {
  id: bigint;
  type: SecurityEventType;
  ip: string | null;
  userAgent: string | null;
  details: Prisma.JsonValue;
  createdAt: Date;
}

export interface SecurityEventPage {
  events: SecurityEventRecord[];
  hasNextPage: boolean;
  totalCount: number;
}

export const MAX_SECURITY_EVENTS_PAGE = 100;

/** The append-only audit log (the database refuses UPDATE and DELETE on it). */
export class SecurityEventLog {
  constructor(private readonly database: AuthDatabase) {}

  /** Appends one event, in the caller's transaction when one is given. IPs are anonymised here. */
  async record(event: SecurityEventInput, tx: Prisma.TransactionClient = this.database): Promise<void> {
    const ip = anonymiseIp(event.client?.ip);
    await tx.securityEvent.create({
      data: {
        type: event.type,
        userId: event.userId ?? null,
        ip: ip ?? null,
        userAgent: event.client?.userAgent ?? null,
        details: event.details ?? {},
      },
    });
  }

  /** A user's events, newest first, `first` after the cursor (an event id). */
  async page(userId: string, first: number, after?: bigint): Promise<SecurityEventPage> {
    const [rows, totalCount] = await Promise.all([
      this.database.securityEvent.findMany({
        where: { userId, ...(after !== undefined ? { id: { lt: after } } : {}) },
        orderBy: { id: 'desc' },
        take: first + 1,
        select: { id: true, type: true, ip: true, userAgent: true, details: true, createdAt: true },
      }),
      this.database.securityEvent.count({ where: { userId } }),
    ]);
    return { events: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
  }
}
