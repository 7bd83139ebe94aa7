import {
  bearerToken,
  InvalidAccessTokenError,
  type AccessTokenVerifier,
  type Caller,
} from '@packyourbag/service-kit';

export type CallerVerdict =
  { kind: 'anonymous' } | { kind: 'verified'; caller: Caller } | { kind: 'refused'; message: string };

/**
 * The router's half of the trust boundary, run before anything is parsed or planned: no
 * `Authorization` header is an anonymous caller (subgraphs decide what anonymous may do); a header
 * that is not a valid bearer access token is refused. Cookies are never read: a browser's ambient
 * credentials must not authenticate a cross-origin GraphQL call.
 */
export async function verifyCaller(
  authorization: string | undefined,
  verify: AccessTokenVerifier,
): Promise<CallerVerdict> {
  if (authorization === undefined) return { kind: 'anonymous' };
  const token = bearerToken(authorization);
  if (token === undefined) {
    return { kind: 'refused', message: 'The Authorization header must be "Bearer <access token>".' };
  }
  try {
    return { kind: 'verified', caller: await verify(token) };
  } catch (error) {
    const message =
      error instanceof InvalidAccessTokenError ? error.message : 'The access token is malformed or invalid.';
    return { kind: 'refused', message };
  }
}
