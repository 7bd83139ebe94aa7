import { createLogger } from '@packyourbag/service-kit';
import { createAuthServices } from '../auth-services.js';
import { readAuthConfig } from '../config.js';
import { createPrismaClient } from '../database/create-prisma-client.js';

/**
 * `npm run keys:rotate`: a new signing key signs from now on; running auth instances pick it up
 * within SIGNING_KEY_RELOAD_MS. The old key stays in the JWKS until its tokens have expired.
 */
async function main(): Promise<void> {
  const config = readAuthConfig();
  const logger = createLogger('auth-keys', config.logLevel);
  const database = createPrismaClient(config.databaseUrl);
  try {
    const services = createAuthServices(database, config, logger);
    await services.keys.load();
    const rotated = await services.keys.rotate();
    console.log(
      `New signing key ${rotated?.kid}, published now, signing in ${config.keyActivationDelaySeconds} s; ` +
        `retired: ${rotated?.retired.join(', ') || 'none'}.`,
    );
  } finally {
    await database.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
