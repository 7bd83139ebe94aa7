import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import type { ServiceMigrations } from './migrate.js';

/**
 * This project's PostgreSQL services: each owns one schema and connects as its own role.
 * Passwords come from AUTH_DB_PASSWORD / PACKING_DB_PASSWORD when the server needs them.
 */
export function projectMigrations(
  env: Readonly<Record<string, string | undefined>> = process.env,
  root: string = repositoryRoot,
): ServiceMigrations[] {
  return [
    {
      service: 'auth',
      schema: 'auth',
      role: 'pyb_auth',
      password: env.AUTH_DB_PASSWORD || undefined,
      migrationsDir: join(root, 'subgraphs/auth/prisma/migrations'),
    },
    {
      service: 'packing',
      schema: 'packing',
      role: 'pyb_packing',
      password: env.PACKING_DB_PASSWORD || undefined,
      migrationsDir: join(root, 'subgraphs/packing/prisma/migrations'),
    },
  ];
}
