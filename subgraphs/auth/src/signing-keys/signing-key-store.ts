import { randomUUID } from 'node:crypto';
import {
  createLocalJWKSet,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importPKCS8,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption.js';

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey;
}

export interface SigningKeyStoreOptions {
  database: AuthDatabase;
  keyEncryptionKey: Buffer;
  /** A retired key stays published this long: the longest lifetime of a token it signed. */
  retiredKeyGraceSeconds: number;
}

/**
 * Auth's RS256 keys. The newest unretired key signs; every key that signed a still-valid token
 * is published in the JWKS. The private key is decrypted only in this process.
 */
export class SigningKeyStore {
  private active?: ActiveSigningKey;
  private published: JWK[] = [];

  constructor(private readonly options: SigningKeyStoreOptions) {}

  /** Loads keys, creating the first one on a fresh database (development and first deploy). */
  async load(): Promise<void> {
    let newest = await this.options.database.signingKey.findFirst({
      where: { retiredAt: null },
      orderBy: { createdAt: 'desc' },
    });
    if (!newest) {
      await this.createKey();
      newest = await this.options.database.signingKey.findFirstOrThrow({
        where: { retiredAt: null },
        orderBy: { createdAt: 'desc' },
      });
    }
    const pem = decryptPrivateKey(newest.privateKeyEncrypted, this.options.keyEncryptionKey);
    this.active = { kid: newest.id, privateKey: await importPKCS8(pem, 'RS256') };
    await this.refreshPublished();
  }

  /** Generates a key pair and stores it (private part encrypted). Returns its kid. */
  async createKey(): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair('RS256', {
      modulusLength: 2048,
      extractable: true,
    });
    const kid = randomUUID();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    await this.options.database.signingKey.create({
      data: {
        id: kid,
        publicJwk,
        privateKeyEncrypted: encryptPrivateKey(await exportPKCS8(privateKey), this.options.keyEncryptionKey),
      },
    });
    return kid;
  }

  private async refreshPublished(): Promise<void> {
    const publishedSince = new Date(Date.now() - this.options.retiredKeyGraceSeconds * 1000);
    const keys = await this.options.database.signingKey.findMany({
      where: { OR: [{ retiredAt: null }, { retiredAt: { gt: publishedSince } }] },
      orderBy: { createdAt: 'desc' },
    });
    this.published = keys.map((key) => key.publicJwk as JWK);
  }

  activeKey(): ActiveSigningKey {
    if (!this.active) throw new Error('Signing keys are not loaded yet.');
    return this.active;
  }

  /** The public JWKS document. */
  jwks(): { keys: JWK[] } {
    return { keys: this.published };
  }

  /** Verifies tokens in this process against the published keys, without an HTTP round trip. */
  keyResolver(): JWTVerifyGetKey {
    return (header, token) => createLocalJWKSet(this.jwks())(header, token);
  }
}
