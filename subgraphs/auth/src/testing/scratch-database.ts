import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  createMigratedScratchDatabase,
  type MigratedScratchDatabase,
} from '@packyourbag/service-kit/testing';
import { createAuthServices, type AuthServices } from '../auth-services.js';
import { createPrismaClient, type AuthDatabase } from '../database/create-prisma-client.js';

/** Spec support: a fresh database at auth's latest migration, dropped afterwards. */
export function createMigratedDatabase(): Promise<MigratedScratchDatabase> {
  return createMigratedScratchDatabase({ migrationsDir: join(__dirname, '../../prisma/migrations') });
}

export const ISSUER = 'packyourbag-auth';
export const AUDIENCE = 'packyourbag-api';

/** Every auth service over a scratch database, keys loaded. */
export async function scratchAuth(
  overrides: Partial<Parameters<typeof createAuthServices>[1]> = {},
): Promise<{ url: string; database: AuthDatabase; services: AuthServices; close: () => Promise<void> }> {
  const scratch = await createMigratedDatabase();
  const database = createPrismaClient(scratch.url);
  const services = createAuthServices(database, {
    keyEncryptionKey: randomBytes(32),
    accessTokenTtlSeconds: 900,
    sessionLifetimeDays: 30,
    refreshReuseGraceSeconds: 10,
    guestInactiveDays: 30,
    purgeAfterDays: 30,
    auditRetentionDays: 365,
    freeFailuresPerAccount: 5,
    freeFailuresPerIp: 50,
    maxSignInDelaySeconds: 900,
    trust: { issuer: ISSUER, audience: AUDIENCE },
    ...overrides,
  });
  await services.keys.load();
  return {
    url: scratch.url,
    database,
    services,
    close: async () => {
      await database.$disconnect();
      await scratch.drop();
    },
  };
}
