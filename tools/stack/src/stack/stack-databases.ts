import type { Infrastructure } from '../infrastructure/index.js';
import { migrate, prepareEventsQueue, projectMigrations } from '../migrations/index.js';
import type { StackContext } from './service-definitions.js';

/** Each PostgreSQL service's own connection and the lifecycle-event queue's, once ready. */
export interface StackDatabases {
  serviceDatabaseUrls: StackContext['databaseUrls'];
  eventsUrl: string;
}

/**
 * The stack's PostgreSQL made ready for its services, as both stacks (one instance of everything,
 * several) do it: every service's migrations applied, the event queue installed.
 */
export async function prepareStackDatabases(
  infrastructure: Infrastructure,
  env: NodeJS.ProcessEnv,
  print: (line: string) => void,
): Promise<StackDatabases> {
  const { serviceUrls } = await migrate({
    adminUrl: infrastructure.postgres.url,
    services: projectMigrations(env),
    enforceRoles: infrastructure.postgres.enforcesRoles,
    log: print,
  });
  const eventsUrl = await prepareEventsQueue({
    adminUrl: infrastructure.postgres.url,
    enforceRoles: infrastructure.postgres.enforcesRoles,
    password: env.EVENTS_DB_PASSWORD || undefined,
    log: print,
  });
  return { serviceDatabaseUrls: { auth: serviceUrls.auth!, packing: serviceUrls.packing! }, eventsUrl };
}

/** What a stack decides itself; the rest of a service's context comes from the stores. */
export type StackChoices = Pick<
  StackContext,
  'host' | 'ports' | 'routerSecret' | 'clientAddressSecret' | 'nodeEnv' | 'rateLimit'
>;

/** The context services' environments are built from (service-definitions.ts). */
export function stackContext(
  choices: StackChoices,
  infrastructure: Infrastructure,
  databases: StackDatabases,
  env: NodeJS.ProcessEnv,
): StackContext {
  return {
    ...choices,
    logLevel: env.LOG_LEVEL || undefined,
    databaseUrls: databases.serviceDatabaseUrls,
    eventsUrl: databases.eventsUrl,
    postgresEmbedded: infrastructure.postgres.source === 'embedded',
    mongoUrl: infrastructure.mongo.url!,
    redisUrl: infrastructure.redis.url,
  };
}
