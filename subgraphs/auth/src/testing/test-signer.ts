import { importPKCS8, SignJWT, type JWTPayload } from 'jose';
import pg from 'pg';
import { readAuthConfig } from '../config.js';
import { decryptPrivateKey } from '../signing-keys/key-encryption.js';

export type TestSigner = (claims: JWTPayload) => Promise<string>;

/**
 * Signs tokens with a running auth instance's current signing key, read from its database and
 * decrypted with the KEY_ENCRYPTION_KEY that instance runs with (the development key unless `env`
 * says otherwise). Scenario tests need genuinely signed tokens that are wrong in one claim only
 * (expired, another audience); only auth knows how its keys are stored, so the signer lives here.
 */
export async function createTestSigner(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<TestSigner> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let row: { id: string; private_key_encrypted: string } | undefined;
  try {
    [row] = (
      await client.query<{ id: string; private_key_encrypted: string }>(
        'select id, private_key_encrypted from auth.signing_keys where retired_at is null order by created_at desc limit 1',
      )
    ).rows;
  } finally {
    await client.end();
  }
  if (!row) throw new Error('createTestSigner: the auth database holds no signing key yet');
  const { keyEncryptionKey } = readAuthConfig({ NODE_ENV: 'test', ...env, DATABASE_URL: databaseUrl });
  const privateKey = await importPKCS8(
    decryptPrivateKey(row.private_key_encrypted, keyEncryptionKey),
    'RS256',
  );
  const kid = row.id;
  return (claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' }).sign(privateKey);
}
