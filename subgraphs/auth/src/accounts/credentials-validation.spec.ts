import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { normaliseEmail, validateEmail } from './credentials-validation.js';

function extensionsOf(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a GraphQLError');
}

describe('credentials validation', () => {
  it('normalises email: trimmed and lower-cased', () => {
    expect(normaliseEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(validateEmail(' Ada@Example.org\t')).toBe('ada@example.org');
  });

  it('refuses invalid emails with BAD_USER_INPUT on input.email', () => {
    const invalid = [
      '',
      '   ',
      'ada',
      'ada@',
      '@example.org',
      'ada@example',
      'a da@example.org',
      'a@b@c.org',
    ];
    for (const email of invalid) {
      expect(extensionsOf(() => validateEmail(email))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.email',
      });
    }
    const tooLong = `${'a'.repeat(250)}@example.org`;
    expect(extensionsOf(() => validateEmail(tooLong))).toMatchObject({ field: 'input.email' });
  });

  it('names another field when asked', () => {
    expect(extensionsOf(() => validateEmail('nope', 'input.newEmail'))).toMatchObject({
      field: 'input.newEmail',
    });
  });
});
