import {
  migrate,
  prepareBackupRole,
  prepareEventsQueue,
  projectMigrations,
  type ScratchCluster,
} from '@packyourbag/stack';
import pg from 'pg';

export interface ProjectDatabase {
  /** Superuser URL of the `packyourbag` database. */
  adminUrl: string;
  /** As each service role, and as the backup role. */
  urls: { auth: string; packing: string; events: string; backup: string };
}

function asRole(url: string, role: string): string {
  const parsed = new URL(url);
  parsed.username = role;
  parsed.password = '';
  return parsed.toString();
}

/**
 * What the production `migrate` container does, on a scratch cluster: the `packyourbag` database,
 * every service's migrations and role, the events queue and the backup role (trust auth: no passwords).
 */
export async function prepareProjectDatabase(cluster: ScratchCluster): Promise<ProjectDatabase> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query('create database packyourbag');
  } finally {
    await admin.end();
  }
  const adminUrl = `postgres://postgres@127.0.0.1:${cluster.port}/packyourbag`;
  const { serviceUrls } = await migrate({ adminUrl, services: projectMigrations({}), log: () => undefined });
  const events = await prepareEventsQueue({ adminUrl, log: () => undefined });
  await prepareBackupRole({ adminUrl });
  return {
    adminUrl,
    urls: {
      auth: serviceUrls.auth!,
      packing: serviceUrls.packing!,
      events,
      backup: asRole(adminUrl, 'pyb_backup'),
    },
  };
}
