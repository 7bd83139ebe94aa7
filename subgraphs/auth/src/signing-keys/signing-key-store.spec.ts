import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type AuthDatabase } from '../database/create-prisma-client.js';
import { decryptPrivateKey } from './key-encryption.js';
import { SigningKeyStore } from './signing-key-store.js';
import { createMigratedDatabase } from '../testing/scratch-database.js';

const KEY_ENCRYPTION_KEY = randomBytes(32);
const GRACE_SECONDS = 960;
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

let drop: (() => Promise<void>) | undefined;
let database: AuthDatabase;

beforeAll(async () => {
  const scratch = await createMigratedDatabase();
  drop = scratch.drop;
  database = createPrismaClient(scratch.url);
});

afterAll(async () => {
  await database?.$disconnect();
  await drop?.();
});

function store(keyEncryptionKey = KEY_ENCRYPTION_KEY): SigningKeyStore {
  return new SigningKeyStore({ database, keyEncryptionKey, retiredKeyGraceSeconds: GRACE_SECONDS });
}

// The tests share one database and build on each other, in order.
describe('SigningKeyStore', () => {
  it('has no active key before it is loaded', () => {
    expect(() => store().activeKey()).toThrow();
  });

  it('creates the first key on a fresh database and publishes only its public half', async () => {
    const keys = store();
    await keys.load();

    const rows = await database.signingKey.findMany();
    expect(rows).toHaveLength(1);
    expect(keys.activeKey().kid).toBe(rows[0]?.id);
    const { keys: published } = keys.jwks();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ kid: rows[0]?.id, kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(published[0]?.n).toEqual(expect.any(String));
    for (const member of PRIVATE_JWK_MEMBERS) {
      expect(published[0]).not.toHaveProperty(member);
      expect(rows[0]?.publicJwk).not.toHaveProperty(member);
    }
  });

  it('stores the private key encrypted, never as plaintext PEM', async () => {
    const row = await database.signingKey.findFirstOrThrow();

    expect(row.privateKeyEncrypted.startsWith('v1.')).toBe(true);
    expect(row.privateKeyEncrypted).not.toContain('PRIVATE KEY');
    expect(row.privateKeyEncrypted).not.toContain('MII');
    expect(decryptPrivateKey(row.privateKeyEncrypted, KEY_ENCRYPTION_KEY)).toContain('BEGIN PRIVATE KEY');
  });

  it('reuses the stored key on the next start instead of making another', async () => {
    const before = await database.signingKey.findFirstOrThrow();
    const keys = store();
    await keys.load();

    expect(await database.signingKey.count()).toBe(1);
    expect(keys.activeKey().kid).toBe(before.id);
  });

  it('cannot load the keys with another encryption key', async () => {
    await expect(store(randomBytes(32)).load()).rejects.toThrow();
  });

  it('signs with the newest key and keeps a recently retired one published', async () => {
    const oldKid = (await database.signingKey.findFirstOrThrow()).id;
    const newKid = await store().createKey();
    await database.signingKey.update({ where: { id: oldKid }, data: { retiredAt: new Date() } });

    const keys = store();
    await keys.load();

    expect(keys.activeKey().kid).toBe(newKid);
    expect(keys.jwks().keys.map((key) => key.kid)).toEqual([newKid, oldKid]);
  });

  it('stops publishing a key retired longer ago than the grace period', async () => {
    const retiredLongAgo = new Date(Date.now() - (GRACE_SECONDS + 60) * 1000);
    await database.signingKey.updateMany({
      where: { retiredAt: { not: null } },
      data: { retiredAt: retiredLongAgo },
    });

    const keys = store();
    await keys.load();

    expect(keys.jwks().keys.map((key) => key.kid)).toEqual([keys.activeKey().kid]);
  });

  it('rotates: the new key signs, the old one stays published, other instances pick it up on reload', async () => {
    const running = store();
    await running.load();
    const elsewhere = store();
    await elsewhere.load();
    const before = running.activeKey().kid;

    const rotated = await running.rotate();

    expect(rotated?.retired).toEqual([before]);
    expect(running.activeKey().kid).toBe(rotated?.kid);
    expect(running.jwks().keys.map((key) => key.kid)).toEqual([rotated?.kid, before]);
    expect(elsewhere.activeKey().kid).toBe(before);
    await elsewhere.reload();
    expect(elsewhere.activeKey().kid).toBe(rotated?.kid);
    expect(await database.securityEvent.count({ where: { type: 'KEY_ROTATED' } })).toBeGreaterThan(0);
  });

  it('rotates on schedule only when the signing key is old enough', async () => {
    const keys = store();
    await keys.load();
    const kid = keys.activeKey().kid;

    await expect(keys.rotate(30)).resolves.toBeUndefined();
    expect(keys.activeKey().kid).toBe(kid);

    await database.signingKey.update({
      where: { id: kid },
      data: { createdAt: new Date(Date.now() - 31 * 86_400_000) },
    });
    const rotated = await keys.rotate(30);
    expect(rotated?.retired).toEqual([kid]);
  });

  it('keeps a retired key published while a long-lived token it signed is unexpired', async () => {
    const keys = store();
    await keys.load();
    const kid = keys.activeKey().kid;
    await keys.noteSigned(kid, new Date(Date.now() + 86_400_000));
    await keys.rotate();
    await database.signingKey.update({
      where: { id: kid },
      data: { retiredAt: new Date(Date.now() - (GRACE_SECONDS + 60) * 1000) },
    });

    await keys.reload();

    expect(keys.jwks().keys.map((key) => key.kid)).toContain(kid);
  });

  it('with an activation delay, publishes the new key at once but signs with the old one until then', async () => {
    let now = Date.now();
    const keys = new SigningKeyStore({
      database,
      keyEncryptionKey: KEY_ENCRYPTION_KEY,
      retiredKeyGraceSeconds: GRACE_SECONDS,
      activationDelaySeconds: 60,
      now: () => now,
    });
    await keys.load();
    const old = keys.activeKey().kid;

    const rotated = await keys.rotate();

    expect(keys.activeKey().kid).toBe(old);
    expect(keys.jwks().keys.map((key) => key.kid)).toEqual(expect.arrayContaining([old, rotated?.kid]));
    now += 61_000;
    await keys.reload();
    expect(keys.activeKey().kid).toBe(rotated?.kid);
    expect(keys.jwks().keys.map((key) => key.kid)).toContain(old);
  });
});
