import 'reflect-metadata';
import { createAccessTokenVerifier, createLogger, type Logger } from '@packyourbag/service-kit';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { AccountService } from './accounts/account.service.js';
import { AuthModule } from './app.module.js';
import { readAuthConfig, type AuthConfig } from './config.js';
import { createPrismaClient } from './database/create-prisma-client.js';
import { SigningKeyStore } from './signing-keys/signing-key-store.js';
import { AccessTokenIssuer } from './tokens/access-token-issuer.js';

export async function startAuth(config: AuthConfig, logger: Logger): Promise<RunningSubgraph> {
  const database = createPrismaClient(config.databaseUrl);
  const keys = new SigningKeyStore({
    database,
    keyEncryptionKey: config.keyEncryptionKey,
    retiredKeyGraceSeconds: config.accessTokenTtlSeconds + 60,
  });
  await keys.load();
  const tokens = new AccessTokenIssuer({
    keys,
    issuer: config.trust.issuer,
    audience: config.trust.audience,
    ttlSeconds: config.accessTokenTtlSeconds,
  });
  const accounts = new AccountService(database, tokens);
  return startSubgraph({
    module: AuthModule.forRoot({ config, logger, database, keys, accounts }),
    host: config.host,
    port: config.port,
    logger,
    routerSecret: config.trust.routerSecret,
    // Auth verifies with its own keys in process; everyone else fetches the JWKS.
    verifyAccessToken: createAccessTokenVerifier({
      keys: keys.keyResolver(),
      issuer: config.trust.issuer,
      audience: config.trust.audience,
    }),
    onShutdown: () => database.$disconnect(),
  });
}

if (require.main === module) {
  const config = readAuthConfig();
  const logger = createLogger('auth', config.logLevel);
  startAuth(config, logger).then(
    (running) => stopOnSignals(running, logger),
    (error: unknown) => {
      logger.fatal({ err: error }, 'auth failed to start');
      process.exit(1);
    },
  );
}
