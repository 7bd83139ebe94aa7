import { importPKCS8, SignJWT, type JWTPayload } from 'jose';
import { readAuthConfig } from '../../subgraphs/auth/src/config.js';
import { decryptPrivateKey } from '../../subgraphs/auth/src/signing-keys/key-encryption.js';
import { query } from './auth-database.js';

/**
 * Signs tokens with the stack's real signing key (read from its database, decrypted with the
 * development KEY_ENCRYPTION_KEY the scenario stack runs with): hostile-token scenarios need
 * genuinely signed tokens that are wrong in one claim only (expired, another audience).
 */
export async function authSigner(databaseUrl: string): Promise<(claims: JWTPayload) => Promise<string>> {
  const [row] = await query<{ id: string; private_key_encrypted: string }>(
    databaseUrl,
    'select id, private_key_encrypted from auth.signing_keys where retired_at is null order by created_at desc limit 1',
  );
  if (!row) throw new Error('no signing key in the auth database');
  const { keyEncryptionKey } = readAuthConfig({ DATABASE_URL: databaseUrl, NODE_ENV: 'test' });
  const privateKey = await importPKCS8(
    decryptPrivateKey(row.private_key_encrypted, keyEncryptionKey),
    'RS256',
  );
  return (claims) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: row.id, typ: 'at+jwt' }).sign(privateKey);
}
