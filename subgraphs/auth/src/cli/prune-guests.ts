import { createLogger } from '@packyourbag/service-kit';
import { createAuthServices } from '../auth-services.js';
import { readAuthConfig } from '../config.js';
import { createPrismaClient } from '../database/create-prisma-client.js';

/** `npm run guests:prune`: removes guests inactive for GUEST_INACTIVE_DAYS now (auth also does it hourly). */
async function main(): Promise<void> {
  const config = readAuthConfig();
  const database = createPrismaClient(config.databaseUrl);
  try {
    const services = createAuthServices(database, config, createLogger('auth-guests', config.logLevel));
    console.log(`Looking for guests inactive for ${config.guestInactiveDays} days…`);
    const deleted = await services.guests.prune();
    console.log(`Removed ${deleted} guest account(s).`);
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
