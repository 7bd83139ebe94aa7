import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, expect } from 'vitest';
import type { AuthServices } from '../auth-services.js';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { scratchAuth } from './scratch-database.js';

/** A spec file's scratch auth; its fields are set once the file's `beforeAll` has run. */
export interface ScratchAuth {
  url: string;
  database: AuthDatabase;
  services: AuthServices;
}

/**
 * Every auth service over a fresh database at auth's latest migration, for the spec file that calls
 * it (at its top level): created before the file's first test, dropped after its last. Read
 * `auth.database` and `auth.services` inside tests and hooks, not at the top level.
 */
export function useScratchAuth(overrides: Parameters<typeof scratchAuth>[0] = {}): ScratchAuth {
  const auth = {} as ScratchAuth;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const scratch = await scratchAuth(overrides);
    close = scratch.close;
    Object.assign(auth, { url: scratch.url, database: scratch.database, services: scratch.services });
  });
  afterAll(async () => {
    await close?.();
  });
  return auth;
}

/** The GraphQLError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

/** The `extensions.code` of the GraphQLError a promise rejects with. */
export async function errorCodeOf(promise: Promise<unknown>): Promise<unknown> {
  return (await rejectionOf(promise)).extensions['code'];
}
