import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  CLIENT_IP_HEADER,
  CLIENT_NAME_HEADER,
  CLIENT_USER_AGENT_HEADER,
  REQUEST_ID_HEADER,
} from '@packyourbag/service-kit';
import type { RouterContext } from '../context.js';
import type { Fetcher } from './buffered-response.js';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource<RouterContext>['process']>>;

/**
 * Forwards what a subgraph needs to make its own decision about the caller: the caller's
 * `Authorization` header unchanged (each subgraph verifies the token again), the request id for
 * its logs, the client name, and the caller's IP and User-Agent. The router proof is added by the fetcher, over the final bytes.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(url: string, fetcher: Fetcher) {
    super({ url, fetcher });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<RouterContext>): void {
    // Only operations the router serves carry a caller; the gateway's own health checks do not.
    if (!('incomingRequestContext' in options)) return;
    const headers = options.request.http?.headers;
    if (!headers) return;
    const { authorization, requestId, clientName, clientIp, userAgent } = options.context;
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set(CLIENT_IP_HEADER, clientIp);
    if (userAgent !== undefined) headers.set(CLIENT_USER_AGENT_HEADER, userAgent);
    if (authorization !== undefined) headers.set('authorization', authorization);
    if (clientName !== undefined) headers.set(CLIENT_NAME_HEADER, clientName);
  }

  /**
   * A subgraph that refuses a request with 4xx and GraphQL errors (graphql-js coercing a variable
   * of a custom scalar such as `Date`, which the router knows by name only) is answering the
   * caller, not failing: its errors travel on with their codes, like those of a 200. The gateway
   * would otherwise turn the status into one masked INTERNAL_SERVER_ERROR. 5xx stay failures.
   */
  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<SubgraphResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return refusal;
      throw error;
    }
  }
}

/** The GraphQL errors of a 4xx subgraph answer (as the gateway's errorFromResponse keeps it). */
function refusalOf(error: unknown): SubgraphResponse | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const response = error.extensions['response'] as { status?: unknown; body?: unknown } | undefined;
  const status = typeof response?.status === 'number' ? response.status : 0;
  const body = response?.body as { errors?: unknown } | undefined;
  if (status < 400 || status > 499 || !Array.isArray(body?.errors) || body.errors.length === 0)
    return undefined;
  return { errors: body.errors as GraphQLFormattedError[], data: null };
}
