import type { GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** The client name the router holds to trusted documents (TRUSTED_DOCUMENTS=enforce-for-web). */
export const WEB_CLIENT_NAME = 'packyourbag-web';

export interface RouterCallOptions {
  /** The router's GraphQL URL (GRAPHQL_URL). */
  url: URL;
  /** @default globalThis.fetch */
  fetch?: typeof fetch;
}

export type RouterResult<TData> =
  | { kind: 'data'; data: TData }
  | { kind: 'errors'; errors: readonly GraphQLFormattedError[] }
  | { kind: 'unreachable' };

/** The trusted-document hash codegen embeds in each document (`persistedDocuments`). */
export function documentHash(document: unknown): string {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  if (typeof meta?.hash !== 'string')
    throw new Error('The document carries no persisted hash; run npm run codegen.');
  return meta.hash;
}

/**
 * Runs one registered document against the router by its hash only (the router resolves it from the
 * web app's manifest), the way the browser does. Headers that say who is asking (user agent, client
 * address, request id) are passed on; cookies never are. The client address (`x-forwarded-for`) is
 * the one the web server settled from the socket (src/server, decision 1010), not the browser's.
 */
export function createRouterCall(options: RouterCallOptions) {
  const { url, fetch: fetchFn = fetch } = options;
  return async function call<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    init: { request: Request; authorization?: string },
  ): Promise<RouterResult<TData>> {
    const headers = new Headers({
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      'apollographql-client-name': WEB_CLIENT_NAME,
    });
    for (const name of ['user-agent', 'x-forwarded-for', 'x-request-id']) {
      const value = init.request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    if (init.authorization) headers.set('authorization', init.authorization);
    let response: Response;
    try {
      response = await fetchFn(url, {
        method: 'POST',
        headers,
        cache: 'no-store',
        body: JSON.stringify({
          variables,
          extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(document) } },
        }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch {
      return { kind: 'unreachable' };
    }
    let body: { data?: TData | null; errors?: GraphQLFormattedError[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return { kind: 'unreachable' };
    }
    if (body.errors?.length) return { kind: 'errors', errors: body.errors };
    if (body.data) return { kind: 'data', data: body.data };
    return { kind: 'unreachable' };
  };
}
