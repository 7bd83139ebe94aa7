import { readSubgraphConfig, type SubgraphConfig } from '@packyourbag/service-kit';

export interface AuthConfig extends SubgraphConfig {
  /** DATABASE_URL: connects as the auth service role (DML on schema "auth" only). */
  databaseUrl: string;
  /** KEY_ENCRYPTION_KEY: 32 bytes, base64; encrypts signing keys at rest. */
  keyEncryptionKey: Buffer;
  /** ACCESS_TOKEN_TTL_SECONDS. @default 900 */
  accessTokenTtlSeconds: number;
}

/** Fixed development key: signing keys made with it are only as secret as this repository. */
const DEVELOPMENT_KEY_ENCRYPTION_KEY = Buffer.alloc(32, 'packyourbag-development-only').toString('base64');

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const { read, subgraph } = readSubgraphConfig(env, 4001);
  const keyText = read.string(
    'KEY_ENCRYPTION_KEY',
    subgraph.production ? undefined : DEVELOPMENT_KEY_ENCRYPTION_KEY,
  );
  const keyEncryptionKey = Buffer.from(keyText, 'base64');
  if (keyEncryptionKey.length !== 32) {
    throw new Error('Configuration error: KEY_ENCRYPTION_KEY must be 32 bytes, base64-encoded.');
  }
  return {
    ...subgraph,
    databaseUrl: read.url('DATABASE_URL'),
    keyEncryptionKey,
    accessTokenTtlSeconds: read.int('ACCESS_TOKEN_TTL_SECONDS', 900, { min: 30, max: 3600 }),
  };
}
