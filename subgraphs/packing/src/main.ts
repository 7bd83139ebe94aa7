import 'reflect-metadata';
import { createCallerVerifier, createLogger, type Logger } from '@packyourbag/service-kit';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { PackingModule } from './app.module.js';
import { readPackingConfig, type PackingConfig } from './config.js';
import { createPrismaClient } from './database/create-prisma-client.js';

export async function startPacking(config: PackingConfig, logger: Logger): Promise<RunningSubgraph> {
  const database = createPrismaClient(config.databaseUrl);
  return startSubgraph({
    module: PackingModule.forRoot({ config, logger, database }),
    host: config.host,
    port: config.port,
    logger,
    routerSecret: config.trust.routerSecret,
    verifyAccessToken: createCallerVerifier(config.trust, logger),
    onShutdown: () => database.$disconnect(),
  });
}

if (require.main === module) {
  const config = readPackingConfig();
  const logger = createLogger('packing', config.logLevel);
  startPacking(config, logger).then(
    (running) => stopOnSignals(running, logger),
    (error: unknown) => {
      logger.fatal({ err: error }, 'packing failed to start');
      process.exit(1);
    },
  );
}
