import { randomBytes, randomUUID } from 'node:crypto';
import { startMongoStandin, type RunningMongoStandin } from '@packyourbag/mongo-standin';
import { GraphQLError } from 'graphql';
import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMongo } from '../database/connect-mongo.js';
import { DEFAULT_PREFERENCES, preferencesModel, type PreferencesModel } from './preferences.model.js';
import { PreferencesService, type PreferencesChange } from './preferences.service.js';

// A real MongoDB when MONGODB_URL is set (CI, docker compose); the in-repo stand-in otherwise.
// Each run uses its own database, dropped at the end.
let standin: RunningMongoStandin | undefined;
let connection: Connection;
let model: PreferencesModel;
let preferences: PreferencesService;

beforeAll(async () => {
  const configured = process.env['MONGODB_URL'];
  standin = configured
    ? undefined
    : await startMongoStandin({ logger: { info() {}, warn() {}, error() {} } });
  const url = new URL(configured ?? standin!.url);
  url.pathname = `/pyb_unit_${randomBytes(6).toString('hex')}`;
  connection = await connectMongo(url.toString());
  model = preferencesModel(connection);
  await model.init(); // the unique index on userId
  preferences = new PreferencesService(model);
});

afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await connection?.close();
  await standin?.close();
});

async function graphQLErrorOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

describe('PreferencesService', () => {
  it('answers the defaults for a user who saved nothing, without writing a document', async () => {
    const userId = randomUUID();

    await expect(preferences.forUser(userId)).resolves.toEqual({ weightUnit: 'G', theme: 'SYSTEM' });
    expect(DEFAULT_PREFERENCES).toEqual({ weightUnit: 'G', theme: 'SYSTEM' });
    expect(await model.countDocuments({ userId })).toBe(0);
  });

  it('creates the document on the first change and keeps the default for the other field', async () => {
    const userId = randomUUID();

    await expect(preferences.update(userId, { theme: 'DARK' })).resolves.toEqual({
      weightUnit: 'G',
      theme: 'DARK',
    });
    await expect(preferences.forUser(userId)).resolves.toEqual({ weightUnit: 'G', theme: 'DARK' });
    expect(await model.countDocuments({ userId })).toBe(1);
  });

  it('changes only the given field; null or absent fields keep their stored value', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { weightUnit: 'OZ', theme: 'LIGHT' });

    await expect(preferences.update(userId, { weightUnit: 'KG' })).resolves.toEqual({
      weightUnit: 'KG',
      theme: 'LIGHT',
    });
    await expect(preferences.update(userId, { weightUnit: null, theme: 'DARK' })).resolves.toEqual({
      weightUnit: 'KG',
      theme: 'DARK',
    });
    await expect(preferences.forUser(userId)).resolves.toEqual({ weightUnit: 'KG', theme: 'DARK' });
  });

  it('keeps users apart', async () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    await preferences.update(alice, { weightUnit: 'LB' });

    await expect(preferences.forUser(bob)).resolves.toEqual({ weightUnit: 'G', theme: 'SYSTEM' });
  });

  it('refuses a value outside the enum with BAD_USER_INPUT on its field, and stores nothing', async () => {
    const userId = randomUUID();

    const badUnit = await graphQLErrorOf(
      preferences.update(userId, { weightUnit: 'STONE' } as unknown as PreferencesChange),
    );
    const badTheme = await graphQLErrorOf(
      preferences.update(userId, { theme: 'NEON' } as unknown as PreferencesChange),
    );

    expect(badUnit.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.weightUnit' });
    expect(badTheme.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.theme' });
    expect(await model.countDocuments({ userId })).toBe(0);
  });

  it('keeps both of two concurrent updates of different fields', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { weightUnit: 'G', theme: 'SYSTEM' });

    await Promise.all([
      preferences.update(userId, { weightUnit: 'OZ' }),
      preferences.update(userId, { theme: 'DARK' }),
    ]);

    await expect(preferences.forUser(userId)).resolves.toEqual({ weightUnit: 'OZ', theme: 'DARK' });
  });

  it('keeps both of two concurrent first changes, in one document', async () => {
    const userId = randomUUID();

    await Promise.all([
      preferences.update(userId, { weightUnit: 'LB' }),
      preferences.update(userId, { theme: 'LIGHT' }),
    ]);

    await expect(preferences.forUser(userId)).resolves.toEqual({ weightUnit: 'LB', theme: 'LIGHT' });
    expect(await model.countDocuments({ userId })).toBe(1);
  });
});
