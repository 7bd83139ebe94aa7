import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, MAX_WEIGHT_MG, validateItemDraft } from './item-validation.js';

function extensionsOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a GraphQLError');
}

describe('validateItemDraft', () => {
  it('trims the name and description and keeps the weight', () => {
    expect(
      validateItemDraft({ name: '  Tent  ', description: '  two-person ', weightMg: 1_200_000 }),
    ).toEqual({
      name: 'Tent',
      description: 'two-person',
      weightMg: 1_200_000,
      weightUnit: 'G',
      categoryId: null,
      priceMinor: null,
      currency: null,
      link: null,
      notes: null,
    });
  });

  it('keeps the unit the weight was entered in, G when not given, and names a bad one', () => {
    expect(validateItemDraft({ name: 'Tent', weightMg: 1, weightUnit: 'OZ' }).weightUnit).toBe('OZ');
    expect(
      extensionsOf(() => validateItemDraft({ name: 'Tent', weightMg: 1, weightUnit: 'stone' })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.weightUnit',
    });
  });

  it('stores a blank or missing description as null', () => {
    expect(validateItemDraft({ name: 'Spork', description: '   ', weightMg: 17_000 }).description).toBeNull();
    expect(validateItemDraft({ name: 'Spork', weightMg: 17_000 }).description).toBeNull();
  });

  it(`accepts names of 1 to ${MAX_NAME_LENGTH} characters after trimming`, () => {
    expect(validateItemDraft({ name: 'x', weightMg: 1 }).name).toBe('x');
    expect(validateItemDraft({ name: ` ${'x'.repeat(MAX_NAME_LENGTH)} `, weightMg: 1 }).name).toHaveLength(
      MAX_NAME_LENGTH,
    );
  });

  it('refuses an empty, blank or too long name with BAD_USER_INPUT on input.name', () => {
    for (const name of ['', '   ', 'x'.repeat(MAX_NAME_LENGTH + 1)]) {
      expect(extensionsOf(() => validateItemDraft({ name, weightMg: 1 }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.name',
      });
    }
  });

  it('accepts whole milligrams from 0 up to, not including, 100 kg', () => {
    expect(validateItemDraft({ name: 'Nothing', weightMg: 0 }).weightMg).toBe(0);
    expect(validateItemDraft({ name: 'Heavy', weightMg: MAX_WEIGHT_MG - 1 }).weightMg).toBe(99_999_999);
  });

  it('refuses other weights with BAD_USER_INPUT on input.weightMg', () => {
    for (const weightMg of [-1, MAX_WEIGHT_MG, 100_000_001, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(extensionsOf(() => validateItemDraft({ name: 'Rock', weightMg }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.weightMg',
      });
    }
  });

  it('refuses a description over 2000 characters with BAD_USER_INPUT on input.description', () => {
    expect(
      extensionsOf(() => validateItemDraft({ name: 'Book', description: 'x'.repeat(2001), weightMg: 1 })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'input.description' });
  });
});

describe('validateItemDraft price and link', () => {
  it('needs a price and a currency together', () => {
    expect(extensionsOf(() => validateItemDraft({ name: 'Tent', weightMg: 1, priceMinor: 100 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
    expect(validateItemDraft({ name: 'Tent', weightMg: 1, priceMinor: 100, currency: 'EUR' })).toMatchObject({
      priceMinor: 100,
      currency: 'EUR',
    });
  });

  it('accepts only http(s) links', () => {
    expect(
      extensionsOf(() => validateItemDraft({ name: 'Tent', weightMg: 1, link: 'file:///etc/passwd' })),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.link',
    });
  });
});
