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
import type { Logger } from '@packyourbag/service-kit';
import type { AuthDatabase } from '../database/create-prisma-client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption.js';

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey;
}

export interface SigningKeyStoreOptions {
  database: AuthDatabase;
  keyEncryptionKey: Buffer;
  /** A retired key stays published this long: the longest lifetime of an access token it signed. */
  retiredKeyGraceSeconds: number;
  /**
   * How long a new key is published before it signs, in seconds, so that every verifier's JWKS
   * cache can pick it up first (remote verifiers refetch on an unknown kid at most every 30 s).
   * The key it replaces keeps signing meanwhile. @default 0
   */
  activationDelaySeconds?: number;
  /** Where reload failures are reported. @default silent */
  logger?: Logger;
  /** @default () => Date.now() */
  now?: () => number;
}

/** Unknown-kid reloads are spaced at least this far apart, so garbage kids cannot hammer the database. */
const UNKNOWN_KID_RELOAD_COOLDOWN_MS = 5_000;

/**
 * Auth's RS256 keys. The newest unretired key signs; every key that signed a still-valid token
 * is published in the JWKS. The private key is decrypted only in this process. Rotation (any auth
 * instance or `npm run keys:rotate`) reaches the others through reload(), run periodically.
 */
export class SigningKeyStore {
  private active?: ActiveSigningKey;
  private published: JWK[] = [];
  private publishedSet: JWTVerifyGetKey = createLocalJWKSet({ keys: [] });
  private lastUnknownKidReload = 0;
  private timer?: NodeJS.Timeout;

  private readonly now: () => number;
  private readonly activationDelayMs: number;

  constructor(private readonly options: SigningKeyStoreOptions) {
    this.now = options.now ?? (() => Date.now());
    this.activationDelayMs = (options.activationDelaySeconds ?? 0) * 1000;
  }

  /** Loads keys, creating the first one on a fresh database (development and first deploy). */
  async load(): Promise<void> {
    const newest = await this.newestUnretired();
    if (!newest) await this.createKey();
    await this.reload();
  }

  /** Re-reads the signing key and the published set (another instance may have rotated). */
  async reload(): Promise<void> {
    const newest = (await this.newestActivated()) ?? (await this.oldestStillSigning());
    if (!newest) throw new Error('No unretired signing key: run `npm run keys:rotate`.');
    if (this.active?.kid !== newest.id) {
      const pem = decryptPrivateKey(newest.privateKeyEncrypted, this.options.keyEncryptionKey);
      this.active = { kid: newest.id, privateKey: await importPKCS8(pem, 'RS256') };
    }
    await this.refreshPublished();
  }

  /** Reloads every `intervalMs` in the background (failures keep the current keys and log). */
  startReloading(intervalMs: number): void {
    this.stopReloading();
    this.timer = setInterval(() => {
      this.reload().catch((error: unknown) =>
        this.options.logger?.warn({ err: error }, 'could not reload signing keys; keeping the current ones'),
      );
    }, intervalMs);
    this.timer.unref();
  }

  stopReloading(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Generates a key pair and stores it (private part encrypted). Returns its kid. */
  async createKey(tx: Prisma.TransactionClient = this.options.database): Promise<string> {
    const { publicKey, privateKey } = await generateKeyPair('RS256', {
      modulusLength: 2048,
      extractable: true,
    });
    const kid = randomUUID();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    await tx.signingKey.create({
      data: {
        id: kid,
        publicJwk,
        privateKeyEncrypted: encryptPrivateKey(await exportPKCS8(privateKey), this.options.keyEncryptionKey),
      },
    });
    return kid;
  }

  /**
   * A new key signs from now on; every other key is retired (it stays published until the tokens
   * it signed have expired). With `olderThanDays`, rotates only when the signing key is that old —
   * several instances checking on a schedule rotate once (an advisory lock serialises them).
   */
  async rotate(olderThanDays?: number): Promise<{ kid: string; retired: string[] } | undefined> {
    const rotated = await this.options.database.$transaction(async (tx) => {
      await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('auth.signing_keys.rotate'))`;
      const current = await tx.signingKey.findFirst({
        where: { retiredAt: null },
        orderBy: { createdAt: 'desc' },
      });
      if (olderThanDays !== undefined && current) {
        const dueAt = current.createdAt.getTime() + olderThanDays * 86_400_000;
        if (dueAt > this.now()) return undefined;
      }
      const kid = await this.createKey(tx);
      const retiring = await tx.signingKey.findMany({
        where: { retiredAt: null, id: { not: kid } },
        select: { id: true },
      });
      // Retired when the new key starts signing: until then the old one still signs.
      await tx.signingKey.updateMany({
        where: { id: { in: retiring.map((key) => key.id) } },
        data: { retiredAt: new Date(this.now() + this.activationDelayMs) },
      });
      await tx.securityEvent.create({
        data: { type: 'KEY_ROTATED', details: { kid, retired: retiring.map((key) => key.id) } },
      });
      return { kid, retired: retiring.map((key) => key.id) };
    });
    if (rotated) await this.reload();
    return rotated;
  }

  /** Remembers the latest expiry a key signed, so a retired key outlives its longest token. */
  async noteSigned(kid: string, expiresAt: Date): Promise<void> {
    await this.options.database.$executeRaw`
      update auth.signing_keys
      set latest_expires_at = greatest(coalesce(latest_expires_at, ${expiresAt}), ${expiresAt})
      where id = ${kid}`;
  }

  /** The newest key published for at least the activation delay and not retired yet. */
  private newestActivated() {
    const now = this.now();
    return this.options.database.signingKey.findFirst({
      where: {
        createdAt: { lte: new Date(now - this.activationDelayMs) },
        OR: [{ retiredAt: null }, { retiredAt: { gt: new Date(now) } }],
      },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** Nothing published long enough (a fresh database, or rotations in quick succession). */
  private oldestStillSigning() {
    return this.options.database.signingKey.findFirst({
      where: { OR: [{ retiredAt: null }, { retiredAt: { gt: new Date(this.now()) } }] },
      orderBy: { createdAt: 'asc' },
    });
  }

  private newestUnretired() {
    return this.options.database.signingKey.findFirst({
      where: { retiredAt: null },
      orderBy: { createdAt: 'desc' },
    });
  }

  private async refreshPublished(): Promise<void> {
    const now = this.now();
    const publishedSince = new Date(now - this.options.retiredKeyGraceSeconds * 1000);
    const keys = await this.options.database.signingKey.findMany({
      where: {
        OR: [
          { retiredAt: null },
          { retiredAt: { gt: publishedSince } },
          // Personal access tokens: until the last one it signed has expired (plus leeway).
          { latestExpiresAt: { gt: new Date(now - 60_000) } },
        ],
      },
      orderBy: { createdAt: 'desc' },
    });
    this.published = keys.map((key) => key.publicJwk as JWK);
    this.publishedSet = createLocalJWKSet({ keys: this.published });
  }

  activeKey(): ActiveSigningKey {
    if (!this.active) throw new Error('Signing keys are not loaded yet.');
    return this.active;
  }

  /** The public JWKS document. */
  jwks(): { keys: JWK[] } {
    return { keys: this.published };
  }

  /**
   * Verifies tokens in this process against the published keys, without an HTTP round trip. An
   * unknown kid triggers one reload (rate-limited): another instance may have just rotated.
   */
  keyResolver(): JWTVerifyGetKey {
    return async (header, token) => {
      const known = this.published.some((key) => key.kid === header.kid);
      const now = this.now();
      if (!known && now - this.lastUnknownKidReload > UNKNOWN_KID_RELOAD_COOLDOWN_MS) {
        this.lastUnknownKidReload = now;
        await this.reload().catch(() => undefined);
      }
      return this.publishedSet(header, token);
    };
  }
}
