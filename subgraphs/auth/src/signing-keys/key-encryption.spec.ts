import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption.js';

const KEY = randomBytes(32);
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';

/** Flips one bit of the envelope part at `index` (1 = iv, 2 = tag, 3 = ciphertext). */
function flipBit(envelope: string, index: number): string {
  const parts = envelope.split('.');
  const bytes = Buffer.from(parts[index] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  parts[index] = bytes.toString('base64url');
  return parts.join('.');
}

describe('private key encryption', () => {
  it('round-trips, and never contains the plaintext', () => {
    const envelope = encryptPrivateKey(PEM, KEY);

    expect(envelope.startsWith('v1.')).toBe(true);
    expect(envelope).not.toContain('PRIVATE KEY');
    expect(decryptPrivateKey(envelope, KEY)).toBe(PEM);
  });

  it('uses a fresh IV each time', () => {
    expect(encryptPrivateKey(PEM, KEY)).not.toBe(encryptPrivateKey(PEM, KEY));
  });

  it('throws on a tampered ciphertext, tag or IV', () => {
    const envelope = encryptPrivateKey(PEM, KEY);

    for (const part of [1, 2, 3]) {
      expect(() => decryptPrivateKey(flipBit(envelope, part), KEY)).toThrow();
    }
  });

  it('throws with the wrong key', () => {
    expect(() => decryptPrivateKey(encryptPrivateKey(PEM, KEY), randomBytes(32))).toThrow();
  });

  it('throws on an unknown format', () => {
    const [, iv, tag, ciphertext] = encryptPrivateKey(PEM, KEY).split('.');

    expect(() => decryptPrivateKey(`v2.${iv}.${tag}.${ciphertext}`, KEY)).toThrow();
    expect(() => decryptPrivateKey(PEM, KEY)).toThrow();
  });
});
