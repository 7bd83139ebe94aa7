import 'reflect-metadata';
import { createCallerVerifier, createLogger, type Logger } from '@packyourbag/service-kit';
import { startSubgraph, stopOnSignals, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { PreferencesModule } from './app.module.js';
import { readPreferencesConfig, type PreferencesConfig } from './config.js';
import { connectMongo } from './database/connect-mongo.js';

export async function startPreferences(config: PreferencesConfig, logger: Logger): Promise<RunningSubgraph> {
  const connection = await connectMongo(config.mongodbUrl);
  return startSubgraph({
    module: PreferencesModule.forRoot({ config, logger, connection }),
    host: config.host,
    port: config.port,
    logger,
    routerSecret: config.trust.routerSecret,
    verifyAccessToken: createCallerVerifier(config.trust, logger),
    onShutdown: () => connection.close(),
  });
}

if (require.main === module) {
  const config = readPreferencesConfig();
  const logger = createLogger('preferences', config.logLevel);
  startPreferences(config, logger).then(
    (running) => stopOnSignals(running, logger),
    (error: unknown) => {
      logger.fatal({ err: error }, 'preferences failed to start');
      process.exit(1);
    },
  );
}
