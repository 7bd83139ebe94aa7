import {
  bearerToken,
  InvalidAccessTokenError,
  type AccessTokenVerifier,
  type Caller,
} from '@packyourbag/service-kit';

export type CallerVerdict =
  | { kind: 'anonymous' }
  | { kind: 'verified'; caller: Caller }
  | { kind: 'refused'; message: string }
  | { kind: 'unavailable'; message: string };

/**
 * The router's half of the trust boundary, run before anything is parsed or planned: no
 * `Authorization` header is an anonymous caller (subgraphs decide what anonymous may do); a header
 * that is not a valid bearer access token is refused, unless no key to check it was ever available
 * (auth unreachable since start-up): then the request is unavailable, not the token invalid. Cookies are never read: a browser's ambient
 * credentials must not authenticate a cross-origin GraphQL call.
 */
export async function verifyCaller(
  authorization: string | undefined,
  verify: AccessTokenVerifier,
  keysAvailable: () => boolean = () => true,
): Promise<CallerVerdict> {
  if (authorization === undefined) return { kind: 'anonymous' };
  const token = bearerToken(authorization);
  if (token === undefined) {
    return { kind: 'refused', message: 'The Authorization header must be "Bearer <access token>".' };
  }
  try {
    return { kind: 'verified', caller: await verify(token) };
  } catch (error) {
    // Auth's keys were never fetched: no token can be checked, which is not the caller's fault.
    if (!keysAvailable()) {
      return {
        kind: 'unavailable',
        message: 'Access tokens cannot be checked right now. Try again shortly.',
      };
    }
    const message =
      error instanceof InvalidAccessTokenError ? error.message : 'The access token is malformed or invalid.';
    return { kind: 'refused', message };
  }
}
