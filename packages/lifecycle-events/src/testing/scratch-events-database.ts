import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { installEventsSchema } from '../transport/events-schema.js';

export interface ScratchEventsDatabase {
  /** The scratch database's URL (as the admin user). */
  url: string;
  pool: pg.Pool;
  /** Ends the pool and drops the database. */
  release(): Promise<void>;
}

/**
 * A new database with the `events` schema installed, for one spec file, on the server of
 * DATABASE_ADMIN_URL (what `npm test` hands each workspace) or the local PostgreSQL.
 */
export async function scratchEventsDatabase(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ScratchEventsDatabase> {
  const adminUrl = new URL(env['DATABASE_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `pyb_events_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  // The database is dropped WITH (FORCE) at release: idle connections end with an error then.
  pool.on('error', () => undefined);
  await installEventsSchema(pool);
  return {
    url: url.toString(),
    pool,
    async release() {
      await pool.end();
      const dropper = new pg.Client({ connectionString: adminUrl.toString() });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
