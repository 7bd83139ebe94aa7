import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { commonPasswordCount } from './common-passwords.js';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  normaliseEmail,
  validateEmail,
  validateNewPassword,
} from './credentials-validation.js';

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

  it(`accepts passwords of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters unchanged`, () => {
    for (const password of [
      'tq'.repeat(MIN_PASSWORD_LENGTH / 2),
      ' spaced out ',
      'x'.repeat(MAX_PASSWORD_LENGTH),
    ]) {
      expect(validateNewPassword(password)).toBe(password);
    }
  });

  it('refuses passwords on the bundled common list, whatever their capitals', () => {
    for (const password of ['qwertyuiop', '1234567890', 'QwertyUiop', 'password123']) {
      expect(extensionsOf(() => validateNewPassword(password))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
    }
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses too short and too long passwords with BAD_USER_INPUT on input.password', () => {
    for (const password of ['', 'a'.repeat(MIN_PASSWORD_LENGTH - 1), 'x'.repeat(MAX_PASSWORD_LENGTH + 1)]) {
      expect(extensionsOf(() => validateNewPassword(password))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.password',
      });
    }
  });
});
