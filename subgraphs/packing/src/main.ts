import './instrumentation.js';
import 'reflect-metadata';
import { createCallerVerifier, JWKS_REFRESH_FAILURES_METRIC, type Logger } from '@packyourbag/service-kit';
import { runSubgraph, startSubgraph, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { PackingModule } from './app.module.js';
import { readPackingConfig, type PackingConfig } from './config.js';
import { createPrismaClient } from './database/create-prisma-client.js';
import { startPackingLifecycle, type PackingLifecycle } from './lifecycle/packing-lifecycle.js';
import { ImportJobRecovery } from './lighterpack/import-job-recovery.js';
import { LighterPackImportService } from './lighterpack/lighterpack-import.service.js';
import { statementTallyMiddleware } from './statements/statement-tally.js';
import { packingWarmUp } from './warm-up-operations.js';

export async function startPacking(config: PackingConfig, logger: Logger): Promise<RunningSubgraph> {
  const database = createPrismaClient(config.databaseUrl);
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const jwksFailures = new Counter({ ...JWKS_REFRESH_FAILURES_METRIC, registers: [metrics] });
  let lifecycle: PackingLifecycle | undefined;
  if (config.events) {
    lifecycle = startPackingLifecycle(config.events, database, metrics, logger);
  } else {
    logger.warn('EVENTS_DATABASE_URL is not set: deleted accounts keep their gear, guests get no samples.');
  }
  const leaseSeconds = config.importJobLeaseSeconds;
  const imports = new LighterPackImportService(database, logger, { leaseSeconds });
  // Imports whose process died mid-job are resumed (or failed) at start and every half lease.
  const recovery = new ImportJobRecovery({ database, imports, logger, leaseSeconds });
  recovery.start(leaseSeconds * 500);
  return startSubgraph({
    module: PackingModule.forRoot({ config, logger, database, metrics, imports }),
    host: config.host,
    port: config.port,
    warmUp: packingWarmUp,
    logger,
    routerSecret: config.trust.routerSecret,
    // NODE_ENV=test: the x-sql-statements header (the N+1 test and the packing bench).
    ...(config.exposeStatementCount ? { httpMiddleware: [statementTallyMiddleware()] } : {}),
    verifyAccessToken: createCallerVerifier(config.trust, logger, {
      onKeyRefreshFailure: () => jwksFailures.inc(),
    }),
    onShutdown: async () => {
      recovery.stop();
      // Imports in hand give up their leases: another instance resumes them at once.
      await imports.stop();
      // The event in hand finishes before the database goes.
      await lifecycle?.stop();
      await database.$disconnect();
    },
  });
}

if (require.main === module) runSubgraph('packing', readPackingConfig, startPacking);
