import './instrumentation.js';
import 'reflect-metadata';
import { createCallerVerifier, JWKS_REFRESH_FAILURES_METRIC, type Logger } from '@packyourbag/service-kit';
import { collectDefaultMetrics, Counter, Registry } from 'prom-client';
import { runSubgraph, startSubgraph, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { PreferencesModule } from './app.module.js';
import { readPreferencesConfig, type PreferencesConfig } from './config.js';
import { connectMongo } from './database/connect-mongo.js';
import { startPreferencesLifecycle, type PreferencesLifecycle } from './lifecycle/preferences-lifecycle.js';
import { preferencesModel } from './preferences/preferences.model.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { preferencesWarmUp } from './warm-up-operations.js';

export async function startPreferences(config: PreferencesConfig, logger: Logger): Promise<RunningSubgraph> {
  const connection = await connectMongo(config.mongodbUrl);
  const preferences = new PreferencesService(preferencesModel(connection));
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const jwksFailures = new Counter({ ...JWKS_REFRESH_FAILURES_METRIC, registers: [metrics] });
  let lifecycle: PreferencesLifecycle | undefined;
  if (config.events) {
    lifecycle = startPreferencesLifecycle(config.events, preferences, metrics, logger);
  } else {
    logger.warn('EVENTS_DATABASE_URL is not set: account deletions will not remove preferences.');
  }
  return startSubgraph({
    module: PreferencesModule.forRoot({ config, logger, connection, preferences, metrics }),
    host: config.host,
    port: config.port,
    warmUp: preferencesWarmUp,
    logger,
    routerSecret: config.trust.routerSecret,
    verifyAccessToken: createCallerVerifier(config.trust, logger, {
      onKeyRefreshFailure: () => jwksFailures.inc(),
    }),
    onShutdown: async () => {
      await lifecycle?.stop();
      await connection.close();
    },
  });
}

if (require.main === module) runSubgraph('preferences', readPreferencesConfig, startPreferences);
