import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt (memory-hard, in Node's crypto: no native addon to build). Each hash records its own
 * parameters — `scrypt$N$r$p$salt$digest` — so the cost can be raised later and old hashes still
 * verify (and can be upgraded at the next sign-in).
 */
export interface ScryptParameters {
  /** CPU/memory cost, a power of two. @default 32768 (32 MiB with r = 8) */
  N: number;
  /** Block size. @default 8 */
  r: number;
  /** Parallelisation. @default 1 */
  p: number;
}

export const DEFAULT_SCRYPT_PARAMETERS: ScryptParameters = { N: 32768, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, parameters: ScryptParameters): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.N,
    r: parameters.r,
    p: parameters.p,
    maxmem: 256 * parameters.N * parameters.r,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(
  password: string,
  parameters: ScryptParameters = DEFAULT_SCRYPT_PARAMETERS,
): Promise<string> {
  const salt = randomBytes(16);
  const digest = await derive(password, salt, parameters);
  return [
    'scrypt',
    parameters.N,
    parameters.r,
    parameters.p,
    salt.toString('base64'),
    digest.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [algorithm, N, r, p, salt, digest] = encoded.split('$');
  if (algorithm !== 'scrypt' || !N || !r || !p || !salt || !digest) return false;
  const expected = Buffer.from(digest, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash of a random password, computed once: verifying against it for an unknown email costs
 * the same as for a known one, so response time does not reveal which emails have accounts.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}
