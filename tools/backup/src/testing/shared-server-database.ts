import { createScratchDatabase, type ScratchDatabase } from '@packyourbag/stack';
import pg from 'pg';

/**
 * A scratch database on the machine's PostgreSQL (`npm test` passes DATABASE_ADMIN_URL) with one
 * small schema `gear`, for specs that need a database to dump but not a cluster of their own.
 */
export async function sharedServerDatabase(): Promise<ScratchDatabase> {
  const server = process.env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createScratchDatabase(server, { prefix: 'pyb_backup_test_' });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`create schema gear; create table gear.items (id serial primary key, name text not null);
      insert into gear.items (name) values ('tent'), ('stove')`);
  } finally {
    await client.end();
  }
  return database;
}
