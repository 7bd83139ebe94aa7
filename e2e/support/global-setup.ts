import type { TestProject } from 'vitest/node';
import { startScenarioStack } from './scenario-stack.js';
import './stack-info.js';

/**
 * Starts the system once for every scenario: scratch PostgreSQL database (migrated), scratch
 * MongoDB database or a fresh stand-in, free ports. E2E_SHOW_LOGS=1 prints the services' output;
 * E2E_EMBEDDED=1 ignores real servers (in-memory PGlite, no Redis, the stand-in).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stack = await startScenarioStack({ print: (line) => console.log(`[stack] ${line}`) });
  project.provide('stack', {
    graphqlUrl: stack.urls.graphql,
    webUrl: stack.urls.web,
    subgraphUrls: {
      auth: `${stack.urls.auth}/graphql`,
      packing: `${stack.urls.packing}/graphql`,
      preferences: `${stack.urls.preferences}/graphql`,
    },
    routerSecret: stack.routerSecret,
    eventsDatabaseUrl: stack.eventsUrl,
    databaseUrl: stack.databaseUrl,
    serviceDatabaseUrls: stack.serviceDatabaseUrls,
    mongoUrl: stack.mongoUrl,
  });
  return () => stack.stop();
}
