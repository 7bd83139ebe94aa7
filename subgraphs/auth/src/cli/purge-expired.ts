import { createLogger } from '@packyourbag/service-kit';
import { createAuthServices } from '../auth-services.js';
import { readAuthConfig } from '../config.js';
import { createPrismaClient } from '../database/create-prisma-client.js';
import type { PurgeCounts, PurgedRows } from '../retention/expired-row-purger.js';

const LABELS: Record<PurgedRows, string> = {
  refreshTokens: 'refresh tokens of dead sessions',
  sessions: 'expired or revoked sessions',
  personalAccessTokens: 'expired personal access tokens',
  outboxEvents: 'published outbox events',
  signInThrottles: 'forgotten sign-in throttle rows',
  securityEvents: 'audit events past AUDIT_RETENTION_DAYS',
};

/**
 * `npm run expired:purge`: deletes sessions and tokens dead for PURGE_AFTER_DAYS, published outbox
 * events as old, forgotten throttle rows and audit events past AUDIT_RETENTION_DAYS now (auth also
 * does it hourly), batch by batch.
 */
async function main(): Promise<void> {
  const config = readAuthConfig();
  const database = createPrismaClient(config.databaseUrl);
  try {
    const services = createAuthServices(database, config, createLogger('auth-purge', config.logLevel));
    console.log(`Purging auth rows dead for more than ${config.purgeAfterDays} days…`);
    const counts: PurgeCounts = await services.purger.purge(({ rows, deleted }) =>
      console.log(`  ${LABELS[rows]}: ${deleted} deleted so far`),
    );
    for (const [rows, deleted] of Object.entries(counts) as Array<[PurgedRows, number]>) {
      console.log(`${LABELS[rows]}: ${deleted} deleted.`);
    }
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
