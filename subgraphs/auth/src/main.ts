import './instrumentation.js';
import 'reflect-metadata';
import { createAccessTokenVerifier, createRevocationList, type Logger } from '@packyourbag/service-kit';
import { createNotificationListener } from '@packyourbag/lifecycle-events';
import { runSubgraph, startSubgraph, type RunningSubgraph } from '@packyourbag/service-kit/nest';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { AuthModule } from './app.module.js';
import { createAuthServices } from './auth-services.js';
import { readAuthConfig, type AuthConfig } from './config.js';
import { createPrismaClient } from './database/create-prisma-client.js';
import { startOutboxRelay, type RunningOutboxRelay } from './lifecycle/start-outbox-relay.js';
import { startSchedule } from './schedule/start-schedule.js';
import { authWarmUp } from './warm-up-operations.js';

export async function startAuth(config: AuthConfig, logger: Logger): Promise<RunningSubgraph> {
  const database = createPrismaClient(config.databaseUrl);
  const services = createAuthServices(database, config, logger);
  await services.keys.load();
  services.keys.startReloading(config.signingKeyReloadMs);
  // Auth reads its own revocations from the database instead of over HTTP.
  const revocations = createRevocationList({
    load: () => services.revocations.snapshot(),
    refreshMs: config.trust.revocationsRefreshMs ?? 30_000,
    logger,
  });
  const schedule = startSchedule({ config, services, logger });
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  // The process's one LISTEN connection on auth's database: it wakes the outbox relay and drops
  // the revocation feed's kept snapshot when something is revoked (decision 1440).
  const listener = createNotificationListener({ connectionString: config.databaseUrl, logger });
  const unfollowRevocations =
    config.revocationsCacheMs > 0
      ? services.revocations.followChanges(listener, config.revocationsCacheMs)
      : () => undefined;
  let relay: RunningOutboxRelay | undefined;
  if (config.events) {
    relay = startOutboxRelay({
      databaseUrl: config.databaseUrl,
      events: config.events,
      listener,
      metrics,
      logger,
    });
  } else {
    logger.warn('EVENTS_DATABASE_URL is not set: account events stay in auth.outbox_events unpublished.');
  }
  return startSubgraph({
    module: AuthModule.forRoot({ config, logger, database, services, metrics }),
    host: config.host,
    port: config.port,
    warmUp: authWarmUp,
    logger,
    routerSecret: config.trust.routerSecret,
    // Auth verifies with its own keys in process; everyone else fetches the JWKS.
    verifyAccessToken: createAccessTokenVerifier({
      keys: services.keys.keyResolver(),
      issuer: config.trust.issuer,
      audience: config.trust.audience,
      isRevoked: (caller) => revocations.isRevoked(caller),
    }),
    onShutdown: async () => {
      await schedule.stop();
      revocations.stop();
      services.keys.stopReloading();
      // Before the database goes: the relay finishes the round in hand.
      await relay?.stop();
      unfollowRevocations();
      await listener.close();
      await database.$disconnect();
    },
  });
}

if (require.main === module) runSubgraph('auth', readAuthConfig, startAuth);
