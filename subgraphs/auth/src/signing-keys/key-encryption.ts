import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope for private keys at rest: AES-256-GCM with a key that lives only in the environment,
 * so a database dump alone cannot mint tokens. Format: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
export function encryptPrivateKey(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export function decryptPrivateKey(envelope: string, key: Buffer): string {
  const [version, iv, tag, ciphertext] = envelope.split('.');
  if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('Unknown signing-key envelope format.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
}
