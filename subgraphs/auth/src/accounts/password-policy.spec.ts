import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { commonPasswordCount } from './common-passwords.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { checkNewPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-policy.js';

function refusal(password: string, email: string | null = null, field?: string): Record<string, unknown> {
  try {
    checkNewPassword(password, email, field);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error(`expected ${JSON.stringify(password)} to be refused`);
}

const FAST = { N: 1024, r: 8, p: 1 };

describe('password policy', () => {
  it(`accepts ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, counted after NFKC`, () => {
    for (const password of ['tq'.repeat(5), ' spaced out ', 'x'.repeat(MAX_PASSWORD_LENGTH), '🏕️🏕️🏕️🏕️🏕️']) {
      expect(checkNewPassword(password, null)).toBe(password.normalize('NFKC'));
    }
    // Ten emoji are 20 UTF-16 units but ten characters; nine are too few.
    expect(refusal('😀'.repeat(MIN_PASSWORD_LENGTH - 1))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(checkNewPassword('ｆｕｌｌｗｉｄｔｈ１２', null)).toBe('fullwidth12');
  });

  it.each([
    ['empty', ''],
    ['too short', 'a'.repeat(MIN_PASSWORD_LENGTH - 1)],
    ['too long', 'x'.repeat(MAX_PASSWORD_LENGTH + 1)],
    ['absurdly long', 'x'.repeat(100_000)],
    ['only spaces', ' '.repeat(12)],
    ['spaces plus one letter', `${' '.repeat(11)}a`],
    ['mostly whitespace', 'ab cd ef \u3000 \u00a0  '],
    ['a NUL', 'correct horse\u0000battery'],
    ['a tab', 'correct\thorse battery'],
    ['a lone surrogate', 'correct horse \ud800 battery'],
    ['common, in capitals', 'QwertyUiop'],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_case, password) => {
    expect(refusal(password, null, 'input.newPassword')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.newPassword',
    });
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('refuses the email and its local part, case-insensitively after normalisation', () => {
    const email = 'ada.lovelace@example.org';
    for (const password of [
      'ada.lovelace@example.org',
      'Ada.Lovelace',
      ' ADA.LOVELACE ',
      'ａｄａ.ｌｏｖｅｌａｃｅ',
    ]) {
      expect(refusal(password, email)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    }
    expect(checkNewPassword('ada.lovelace rides', email)).toBe('ada.lovelace rides');
  });

  it('hashes what it checked: another way of typing the same characters signs in', async () => {
    const hash = await hashPassword(checkNewPassword('ｃｏｒｒｅｃｔ horse ﬁsh', null), FAST);
    expect(await verifyPassword('correct horse fish', hash)).toBe(true);
    // A hash made before the policy (of the raw string) still verifies: NFKC is idempotent.
    const older = await hashPassword('ｃｏｒｒｅｃｔ horse ﬁsh', FAST);
    expect(await verifyPassword('correct horse fish', older)).toBe(true);
    expect(await verifyPassword('correct horse fist', older)).toBe(false);
  });
});
