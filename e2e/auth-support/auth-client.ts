import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { postGraphQL, type GraphQLResponse } from '../support/graphql-client.js';

/** Auth operations through the router, with the client IP chosen per scenario (X-Forwarded-For). */
export const PASSWORD = 'a long enough passphrase 42';

const PAYLOAD = `accessToken refreshToken refreshTokenExpiresAt expiresAt tokenType user { id email isGuest }`;

export interface Payload {
  accessToken: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  expiresAt: string;
  tokenType: string;
  user: { id: string; email: string; isGuest: boolean };
}

export interface AuthClientOptions {
  graphqlUrl: string;
  /** The client IP, forwarded to the router as the web server does (with its proof, 0713). */
  ip?: string;
}

export class AuthClient {
  constructor(private readonly options: AuthClientOptions) {}

  call<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    return postGraphQL<T>(this.options.graphqlUrl, query, {
      variables,
      ...(token ? { token } : {}),
      ...(this.options.ip ? { forwardedFor: this.options.ip } : {}),
      headers: {
        'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
      },
    });
  }

  /** The data, failing the test on any error. */
  async ok<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.call<T>(query, variables, token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  async signUp(email = uniqueEmail(), password = PASSWORD): Promise<Payload & { email: string }> {
    const data = await this.ok<{ signUp: Payload }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { ${PAYLOAD} } }`,
      { input: { email, password } },
    );
    return { ...data.signUp, email };
  }

  signIn(email: string, password = PASSWORD) {
    return this.call<{ signIn: Payload }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { ${PAYLOAD} } }`,
      { input: { email, password } },
    );
  }

  async startGuest(): Promise<Payload> {
    return (await this.ok<{ startGuestSession: Payload }>(`mutation { startGuestSession { ${PAYLOAD} } }`))
      .startGuestSession;
  }

  refresh(refreshToken: string) {
    return this.call<{ refreshSession: Payload }>(
      `mutation($token: String!) { refreshSession(refreshToken: $token) { ${PAYLOAD} } }`,
      { token: refreshToken },
    );
  }

  /** `me { id }` with the token: the user id, or the error code. */
  async whoAmI(token: string): Promise<{ id?: string; code?: unknown }> {
    const result = await this.call<{ me: { id: string } | null }>('{ me { id } }', {}, token);
    if (result.errors?.length) return { code: result.errors[0]?.extensions?.['code'] };
    return { id: result.data?.me?.id };
  }
}

export const uniqueEmail = () => `e2e-auth-${randomUUID()}@example.com`;

/** Polls `check` until it returns true or `timeoutMs` passes; returns the last verdict. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 15_000,
  stepMs = 250,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

export const errorCode = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.['code'];
