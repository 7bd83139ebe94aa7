import 'reflect-metadata';
import { createCallerVerifier, createLogger, type Logger } from '@packyourbag/service-kit';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { PackingModule } from './app.module.js';
import { readPackingConfig, type PackingConfig } from './config.js';
import { createPrismaClient } from './database/create-prisma-client.js';
import { startPackingLifecycle, type PackingLifecycle } from './lifecycle/packing-lifecycle.js';

export async function startPacking(config: PackingConfig, logger: Logger): Promise<RunningSubgraph> {
  const database = createPrismaClient(config.databaseUrl);
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  let lifecycle: PackingLifecycle | undefined;
  if (config.events) {
    lifecycle = startPackingLifecycle(config.events, database, metrics, logger);
  } else {
    logger.warn('EVENTS_DATABASE_URL is not set: deleted accounts keep their gear, guests get no samples.');
  }
  return startSubgraph({
    module: PackingModule.forRoot({ config, logger, database, metrics }),
    host: config.host,
    port: config.port,
    logger,
    routerSecret: config.trust.routerSecret,
    verifyAccessToken: createCallerVerifier(config.trust, logger),
    onShutdown: async () => {
      // The event in hand finishes before the database goes.
      await lifecycle?.stop();
      await database.$disconnect();
    },
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
