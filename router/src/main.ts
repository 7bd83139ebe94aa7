import './instrumentation.js';
import { flushErrorReports, startErrorReports } from '@packyourbag/error-reports';
import { ConfigError } from '@packyourbag/service-kit';
import { shutdownTracing } from '@packyourbag/telemetry/start';
import { readRouterConfig } from './config.js';
import { createRouter } from './create-router.js';

async function main(): Promise<void> {
  startErrorReports({ serviceName: 'router' });
  const config = readRouterConfig();
  const router = await createRouter(config);
  // Closes, then sends what is still buffered: error reports and the last requests' spans (1350).
  const shutdown = () => {
    router
      .close()
      .then(
        () => 0,
        (error: unknown) => {
          console.error('router: shutdown failed', error);
          return 1;
        },
      )
      .then(async (exitCode) => {
        await Promise.all([flushErrorReports(), shutdownTracing()]);
        process.exit(exitCode);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  // Before the logger exists (bad configuration) or when start-up fails: say why and stop.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('router: could not start:', error);
  process.exit(1);
});
