import { GraphQLError } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient, type PackingDatabase } from '../database/create-prisma-client.js';
import { createMigratedDatabase, type ScratchPackingDatabase } from './scratch-database.js';

/**
 * Spec support: a migrated scratch database for the spec file (created before its tests, dropped
 * after). Returns a getter, since the database exists only once `beforeAll` has run.
 */
export function useScratchDatabase(): () => PackingDatabase {
  let scratch: ScratchPackingDatabase | undefined;
  let database: PackingDatabase | undefined;
  beforeAll(async () => {
    scratch = await createMigratedDatabase();
    database = createPrismaClient(scratch.url);
  });
  afterAll(async () => {
    await database?.$disconnect();
    await scratch?.drop();
  });
  return () => {
    if (!database) throw new Error('The scratch database is made in beforeAll.');
    return database;
  };
}

/** The GraphQL error a call fails with (message and extensions), or a plain failure when it succeeds. */
export async function graphQLErrorOf(
  call: Promise<unknown>,
): Promise<{ message: string; extensions: Record<string, unknown> }> {
  const error = await call.then(
    () => new Error('expected the call to fail'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof GraphQLError)) throw error;
  return { message: error.message, extensions: { ...error.extensions } };
}
