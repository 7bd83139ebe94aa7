import { describe, expect, it } from 'vitest';
import { hasUrlCredentials, looksLikeSecretName } from './secret-names.js';

describe('looksLikeSecretName', () => {
  it('names secrets by a secret word anywhere or a key or token at the end', () => {
    for (const name of [
      'ROUTER_SECRET',
      'AUTH_DB_PASSWORD',
      'KEY_ENCRYPTION_KEY',
      'API_TOKEN',
      'AWS_CREDENTIALS',
    ]) {
      expect(looksLikeSecretName(name)).toBe(true);
    }
  });

  it('leaves settings about keys and tokens alone', () => {
    for (const name of [
      'KEY_ROTATION_DAYS',
      'ACCESS_TOKEN_TTL_SECONDS',
      'SIGNING_KEY_RELOAD_MS',
      'JWKS_URL',
    ]) {
      expect(looksLikeSecretName(name)).toBe(false);
    }
  });
});

describe('hasUrlCredentials', () => {
  it('finds a password in a URL, not a bare user or host', () => {
    expect(hasUrlCredentials('postgres://pyb_auth:s3cret@postgres:5432/packyourbag')).toBe(true);
    expect(hasUrlCredentials('redis://:s3cret@redis:6379')).toBe(true);
    expect(hasUrlCredentials('mongodb://mongodb:27017/packyourbag')).toBe(false);
    expect(hasUrlCredentials('http://auth:4001/.well-known/jwks.json')).toBe(false);
  });
});
