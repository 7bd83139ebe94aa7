import { installEventsSchema } from '@packyourbag/lifecycle-events';
import pg from 'pg';
import { ensureRole } from './roles.js';
import { serviceDatabaseUrl } from './service-database-url.js';

export interface EventsQueueOptions {
  /** A URL whose user may create roles and schemas in the target database. */
  adminUrl: string;
  /** Create the queue role and grant it the `events` schema (off for PGlite, see migrate). @default true */
  enforceRoles?: boolean;
  /** @default 'pyb_events' */
  role?: string;
  /** Password for the role; none means the server must trust the connection (local development). */
  password?: string;
  /** @default console.log */
  log?: (line: string) => void;
}

/**
 * Installs the lifecycle-event queue (schema `events`, decision 0901) beside the services'
 * schemas and returns the URL services connect to it with: as the queue role, which can touch
 * nothing but `events.*`.
 */
export async function prepareEventsQueue(options: EventsQueueOptions): Promise<string> {
  const enforceRoles = options.enforceRoles ?? true;
  const role = options.role ?? 'pyb_events';
  const client = new pg.Client({ connectionString: options.adminUrl });
  await client.connect();
  try {
    if (enforceRoles) await ensureRole(client, { name: role, login: true, password: options.password });
    await installEventsSchema(client, { grantTo: enforceRoles ? [role] : [] });
  } finally {
    await client.end();
  }
  (options.log ?? console.log)('events: lifecycle-event queue ready (schema events)');
  return enforceRoles ? serviceDatabaseUrl(options.adminUrl, role, options.password) : options.adminUrl;
}
