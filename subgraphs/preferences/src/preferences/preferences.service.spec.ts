import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchMongo, type ScratchMongo } from '../testing/scratch-mongo.js';
import { DEFAULT_PREFERENCES, preferencesModel, type PreferencesModel } from './preferences.model.js';
import { PreferencesService, type PreferencesChange } from './preferences.service.js';

// A real MongoDB when MONGODB_URL is set (CI, docker compose); the in-repo stand-in otherwise.
let mongo: ScratchMongo;
let model: PreferencesModel;
let preferences: PreferencesService;

beforeAll(async () => {
  mongo = await scratchMongo();
  model = preferencesModel(mongo.connection);
  await model.init(); // the unique index on userId
  preferences = new PreferencesService(model);
});

afterAll(() => mongo?.release());

async function graphQLErrorOf(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

const defaults = () => structuredClone({ ...DEFAULT_PREFERENCES });

describe('PreferencesService reads', () => {
  it('answers the defaults for a user who saved nothing, without writing a document', async () => {
    const userId = randomUUID();

    await expect(preferences.forUser(userId)).resolves.toEqual({
      weightUnit: 'G',
      showPoundsAndOunces: false,
      theme: 'SYSTEM',
      currency: 'USD',
      locale: 'en-US',
      checklist: { hidePacked: false, sortOrder: 'CATEGORY' },
      palette: { name: 'DEFAULT', categoryColorOrder: [] },
      onboarding: { completedSteps: [] },
    });
    expect(await model.countDocuments({ userId })).toBe(0);
    await expect(preferences.read(userId)).resolves.toMatchObject({ stored: false });
  });

  it('keeps users apart', async () => {
    const [alice, bob] = [randomUUID(), randomUUID()];
    await preferences.update(alice, { weightUnit: 'LB' });

    await expect(preferences.forUser(bob)).resolves.toEqual(defaults());
  });
});

describe('PreferencesService.update', () => {
  it('creates the document on the first change, storing only that field', async () => {
    const userId = randomUUID();

    await expect(preferences.update(userId, { theme: 'DARK' })).resolves.toEqual({
      ...defaults(),
      theme: 'DARK',
    });
    const stored = await model.findOne({ userId }).lean();
    expect(stored).toMatchObject({ userId, theme: 'DARK' });
    expect(stored).not.toHaveProperty('weightUnit');
    expect(stored).not.toHaveProperty('checklist');
  });

  it('changes every kind of setting and reads back what it wrote', async () => {
    const userId = randomUUID();
    const change: PreferencesChange = {
      weightUnit: 'LB',
      showPoundsAndOunces: true,
      theme: 'LIGHT',
      currency: 'eur',
      locale: 'de-at',
      checklist: { hidePacked: true, sortOrder: 'WEIGHT' },
      palette: { name: 'COLORBLIND_SAFE', categoryColorOrder: [3, 0, 9] },
      onboarding: { complete: ['WELCOME', 'FIRST_ITEM'] },
    };
    const expected = {
      weightUnit: 'LB',
      showPoundsAndOunces: true,
      theme: 'LIGHT',
      currency: 'EUR',
      locale: 'de-AT',
      checklist: { hidePacked: true, sortOrder: 'WEIGHT' },
      palette: { name: 'COLORBLIND_SAFE', categoryColorOrder: [3, 0, 9] },
      onboarding: { completedSteps: ['WELCOME', 'FIRST_ITEM'] },
    };

    await expect(preferences.update(userId, change)).resolves.toEqual(expected);
    await expect(preferences.forUser(userId)).resolves.toEqual(expected);
  });

  it('changes only the given fields; null or absent fields keep their stored value', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { weightUnit: 'OZ', theme: 'LIGHT', checklist: { sortOrder: 'NAME' } });

    await preferences.update(userId, { weightUnit: null, theme: 'DARK', checklist: { hidePacked: true } });

    await expect(preferences.forUser(userId)).resolves.toMatchObject({
      weightUnit: 'OZ',
      theme: 'DARK',
      checklist: { hidePacked: true, sortOrder: 'NAME' },
    });
  });

  it('adds onboarding steps once and removes them without touching the others', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { onboarding: { complete: ['WELCOME', 'FIRST_ITEM'] } });
    await preferences.update(userId, { onboarding: { complete: ['WELCOME', 'FIRST_PACK'] } });

    const afterReset = await preferences.update(userId, { onboarding: { reset: ['FIRST_ITEM'] } });

    expect([...afterReset.onboarding.completedSteps].sort()).toEqual(['FIRST_PACK', 'WELCOME']);
  });

  it('replaces the colour order and restores the palette order with []', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { palette: { categoryColorOrder: [1, 2, 3] } });

    await expect(preferences.update(userId, { palette: { categoryColorOrder: [] } })).resolves.toMatchObject({
      palette: { name: 'DEFAULT', categoryColorOrder: [] },
    });
  });

  it('an empty change writes nothing', async () => {
    const userId = randomUUID();

    await expect(preferences.update(userId, {})).resolves.toEqual(defaults());
    expect(await model.countDocuments({ userId })).toBe(0);
  });
});

describe('PreferencesService validation', () => {
  it.each<[string, PreferencesChange, string]>([
    ['an unknown weight unit', { weightUnit: 'STONE' } as unknown as PreferencesChange, 'input.weightUnit'],
    ['an unknown theme', { theme: 'NEON' } as unknown as PreferencesChange, 'input.theme'],
    ['an unknown currency', { currency: 'EURO' }, 'input.currency'],
    ['a malformed locale', { locale: 'not a locale!' }, 'input.locale'],
    [
      'an unknown sort order',
      { checklist: { sortOrder: 'COLOUR' } } as unknown as PreferencesChange,
      'input.checklist.sortOrder',
    ],
    [
      'a colour index outside 0–9',
      { palette: { categoryColorOrder: [0, 10] } },
      'input.palette.categoryColorOrder',
    ],
    [
      'a fractional colour index',
      { palette: { categoryColorOrder: [1.5] } },
      'input.palette.categoryColorOrder',
    ],
    [
      'a repeated colour index',
      { palette: { categoryColorOrder: [2, 2] } },
      'input.palette.categoryColorOrder',
    ],
    [
      'eleven colour indexes',
      { palette: { categoryColorOrder: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0] } },
      'input.palette.categoryColorOrder',
    ],
    [
      'completing and resetting at once',
      { onboarding: { complete: ['WELCOME'], reset: ['FIRST_ITEM'] } },
      'input.onboarding',
    ],
    [
      'an unknown onboarding step',
      { onboarding: { complete: ['SKYDIVING'] } } as unknown as PreferencesChange,
      'input.onboarding.completedSteps',
    ],
  ])('refuses %s with BAD_USER_INPUT on its field, and stores nothing', async (_, change, field) => {
    const userId = randomUUID();

    const error = await graphQLErrorOf(preferences.update(userId, { theme: 'DARK', ...change }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await model.countDocuments({ userId })).toBe(0);
  });

  it('keeps the stored values when an update is refused', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { currency: 'GBP' });

    await graphQLErrorOf(preferences.update(userId, { theme: 'DARK', locale: '!!' }));

    await expect(preferences.forUser(userId)).resolves.toMatchObject({ currency: 'GBP', theme: 'SYSTEM' });
  });
});

describe('PreferencesService concurrency', () => {
  it('keeps every one of concurrent updates of different fields', async () => {
    const userId = randomUUID();
    await preferences.update(userId, { weightUnit: 'G', theme: 'SYSTEM' });

    await Promise.all([
      preferences.update(userId, { weightUnit: 'OZ' }),
      preferences.update(userId, { theme: 'DARK' }),
      preferences.update(userId, { checklist: { hidePacked: true } }),
      preferences.update(userId, { checklist: { sortOrder: 'LIST' } }),
      preferences.update(userId, { onboarding: { complete: ['FIRST_LIST'] } }),
      preferences.update(userId, { onboarding: { complete: ['FIRST_TRIP'] } }),
    ]);

    const stored = await preferences.forUser(userId);
    expect(stored).toMatchObject({
      weightUnit: 'OZ',
      theme: 'DARK',
      checklist: { hidePacked: true, sortOrder: 'LIST' },
    });
    expect([...stored.onboarding.completedSteps].sort()).toEqual(['FIRST_LIST', 'FIRST_TRIP']);
  });

  it('keeps both of two concurrent first changes, in one document', async () => {
    const userId = randomUUID();

    await Promise.all([
      preferences.update(userId, { weightUnit: 'LB' }),
      preferences.update(userId, { theme: 'LIGHT' }),
    ]);

    await expect(preferences.forUser(userId)).resolves.toMatchObject({ weightUnit: 'LB', theme: 'LIGHT' });
    expect(await model.countDocuments({ userId })).toBe(1);
  });
});

describe('PreferencesService.deleteForUser', () => {
  it('removes the document; a second deletion changes nothing', async () => {
    const [userId, other] = [randomUUID(), randomUUID()];
    await preferences.update(userId, { theme: 'DARK' });
    await preferences.update(other, { theme: 'LIGHT' });

    await expect(preferences.deleteForUser(userId)).resolves.toBe(true);
    await expect(preferences.deleteForUser(userId)).resolves.toBe(false);

    expect(await model.countDocuments({ userId })).toBe(0);
    await expect(preferences.forUser(other)).resolves.toMatchObject({ theme: 'LIGHT' });
  });
});
