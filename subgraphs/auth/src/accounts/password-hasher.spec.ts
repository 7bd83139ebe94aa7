import { describe, expect, it } from 'vitest';
import {
  decoyPasswordHash,
  DEFAULT_SCRYPT_PARAMETERS,
  hashPassword,
  verifyPassword,
  type ScryptParameters,
} from './password-hasher.js';

/** Cheap parameters for the tests that hash more than once; the defaults are tested once on their own. */
const FAST: ScryptParameters = { N: 1024, r: 8, p: 1 };
const PASSWORD = 'correct horse battery staple';

describe('password hasher', () => {
  it('records algorithm and the default parameters in the hash, and verifies the password', async () => {
    const encoded = await hashPassword(PASSWORD);
    const [algorithm, N, r, p, salt, digest] = encoded.split('$');

    expect([algorithm, Number(N), Number(r), Number(p)]).toEqual([
      'scrypt',
      DEFAULT_SCRYPT_PARAMETERS.N,
      DEFAULT_SCRYPT_PARAMETERS.r,
      DEFAULT_SCRYPT_PARAMETERS.p,
    ]);
    expect(DEFAULT_SCRYPT_PARAMETERS.N).toBeGreaterThanOrEqual(32768);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(digest ?? '', 'base64')).toHaveLength(32);
    expect(encoded).not.toContain(PASSWORD);
    await expect(verifyPassword(PASSWORD, encoded)).resolves.toBe(true);
  });

  it('refuses a wrong password', async () => {
    const encoded = await hashPassword(PASSWORD, FAST);

    await expect(verifyPassword('correct horse battery stapler', encoded)).resolves.toBe(false);
    await expect(verifyPassword('', encoded)).resolves.toBe(false);
  });

  it('verifies a hash made with other parameters, read from the hash itself', async () => {
    const other: ScryptParameters = { N: 2048, r: 4, p: 2 };
    const encoded = await hashPassword(PASSWORD, other);

    expect(encoded.split('$').slice(0, 4)).toEqual(['scrypt', '2048', '4', '2']);
    await expect(verifyPassword(PASSWORD, encoded)).resolves.toBe(true);
    await expect(verifyPassword('wrong password', encoded)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hashPassword(PASSWORD, FAST), hashPassword(PASSWORD, FAST)]);

    expect(first).not.toBe(second);
  });

  it('treats canonically equivalent Unicode spellings as the same password', async () => {
    const composed = 'Caf\u00e9-au-lait-2026';
    const decomposed = 'Cafe\u0301-au-lait-2026';
    const encoded = await hashPassword(composed, FAST);

    await expect(verifyPassword(decomposed, encoded)).resolves.toBe(true);
  });

  it('refuses a tampered or malformed hash instead of throwing', async () => {
    const encoded = await hashPassword(PASSWORD, FAST);
    const parts = encoded.split('$');
    const digest = Buffer.from(parts[5] ?? '', 'base64');
    digest[0] = (digest[0] ?? 0) ^ 1;
    const tampered = [...parts.slice(0, 5), digest.toString('base64')].join('$');

    await expect(verifyPassword(PASSWORD, tampered)).resolves.toBe(false);
    await expect(verifyPassword(PASSWORD, encoded.replace(/^scrypt/, 'bcrypt'))).resolves.toBe(false);
    await expect(verifyPassword(PASSWORD, 'scrypt$1024$8$1')).resolves.toBe(false);
    await expect(verifyPassword(PASSWORD, '')).resolves.toBe(false);
  });

  it('keeps one decoy hash that no guessed password matches', async () => {
    const decoy = await decoyPasswordHash();

    await expect(decoyPasswordHash()).resolves.toBe(decoy);
    expect(decoy.split('$').slice(1, 4).map(Number)).toEqual([
      DEFAULT_SCRYPT_PARAMETERS.N,
      DEFAULT_SCRYPT_PARAMETERS.r,
      DEFAULT_SCRYPT_PARAMETERS.p,
    ]);
    await expect(verifyPassword(PASSWORD, decoy)).resolves.toBe(false);
  });
});
