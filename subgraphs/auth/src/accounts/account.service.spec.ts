import { randomBytes, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_SCOPES, createAccessTokenVerifier, type AccessTokenVerifier } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type AuthDatabase } from '../database/create-prisma-client.js';
import { SigningKeyStore } from '../signing-keys/signing-key-store.js';
import { AccessTokenIssuer } from '../tokens/access-token-issuer.js';
import { AccountService } from './account.service.js';

// ---- A fresh database at the latest migration, dropped after the suite --------------------------
const SERVER_URL = process.env['DATABASE_ADMIN_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS = join(__dirname, '../../prisma/migrations');

async function adminQuery(sql: string, url = SERVER_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createMigratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `pyb_unit_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const folders = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((entry) => entry.isDirectory());
  for (const folder of folders.map((entry) => entry.name).sort()) {
    await adminQuery(await readFile(join(MIGRATIONS, folder, 'migration.sql'), 'utf8'), url.toString());
  }
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}
// --------------------------------------------------------------------------------------------------

const ISSUER = 'packyourbag-auth';
const AUDIENCE = 'packyourbag-api';
const PASSWORD = 'a long enough passphrase';

let drop: (() => Promise<void>) | undefined;
let database: AuthDatabase;
let accounts: AccountService;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  const scratch = await createMigratedDatabase();
  drop = scratch.drop;
  database = createPrismaClient(scratch.url);
  const keys = new SigningKeyStore({
    database,
    keyEncryptionKey: randomBytes(32),
    retiredKeyGraceSeconds: 960,
  });
  await keys.load();
  accounts = new AccountService(
    database,
    new AccessTokenIssuer({ keys, issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 900 }),
  );
  verify = createAccessTokenVerifier({ keys: keys.keyResolver(), issuer: ISSUER, audience: AUDIENCE });
});

afterAll(async () => {
  await database?.$disconnect();
  await drop?.();
});

const uniqueEmail = () => `hiker-${randomUUID()}@example.org`;

async function graphQLErrorOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('AccountService', () => {
  it('signs up with a normalised email and a session token for the new user', async () => {
    const email = uniqueEmail();
    const before = Date.now();
    const { user, accessToken } = await accounts.signUp(`  ${email.toUpperCase()} `, PASSWORD);

    expect(user.email).toBe(email);
    expect(user.createdAt).toBeInstanceOf(Date);
    const caller = await verify(accessToken.token);
    expect(caller.userId).toBe(user.id);
    expect(caller.sessionId).toEqual(expect.any(String));
    expect([...caller.scopes].sort()).toEqual([...ALL_SCOPES].sort());
    expect(accessToken.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 899_000);
    expect(accessToken.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 900_000);

    const stored = await database.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash.startsWith('scrypt$')).toBe(true);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  it('signs in with the same password, whatever the email capitals', async () => {
    const email = uniqueEmail();
    const { user } = await accounts.signUp(email, PASSWORD);

    const signedIn = await accounts.signIn(email.toUpperCase(), PASSWORD);

    expect(signedIn.user).toEqual(user);
    expect((await verify(signedIn.accessToken.token)).userId).toBe(user.id);
  });

  it('starts a new session with every sign-in', async () => {
    const email = uniqueEmail();
    const first = await accounts.signUp(email, PASSWORD);
    const second = await accounts.signIn(email, PASSWORD);

    const [a, b] = await Promise.all([verify(first.accessToken.token), verify(second.accessToken.token)]);
    expect(a.sessionId).not.toBe(b.sessionId);
    expect(a.tokenId).not.toBe(b.tokenId);
  });

  it('refuses a second account for the same email with CONFLICT on input.email', async () => {
    const email = uniqueEmail();
    await accounts.signUp(email, PASSWORD);

    const error = await graphQLErrorOf(accounts.signUp(` ${email.toUpperCase()}`, 'another passphrase'));

    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'input.email' });
    expect(await database.user.count({ where: { email } })).toBe(1);
  });

  it('answers an unknown email and a wrong password with the same UNAUTHENTICATED error', async () => {
    const email = uniqueEmail();
    await accounts.signUp(email, PASSWORD);

    const wrongPassword = await graphQLErrorOf(accounts.signIn(email, 'not the passphrase'));
    const unknownEmail = await graphQLErrorOf(accounts.signIn(uniqueEmail(), PASSWORD));

    expect(wrongPassword.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknownEmail.extensions).toEqual(wrongPassword.extensions);
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('refuses invalid sign-up input with BAD_USER_INPUT before writing anything', async () => {
    const countBefore = await database.user.count();

    expect((await graphQLErrorOf(accounts.signUp('not-an-email', PASSWORD))).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    expect((await graphQLErrorOf(accounts.signUp(uniqueEmail(), 'short'))).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.password',
    });
    expect(await database.user.count()).toBe(countBefore);
  });

  it('finds an account by id, and nothing for an unknown id', async () => {
    const { user } = await accounts.signUp(uniqueEmail(), PASSWORD);

    await expect(accounts.findById(user.id)).resolves.toEqual(user);
    await expect(accounts.findById(randomUUID())).resolves.toBeNull();
  });
});
