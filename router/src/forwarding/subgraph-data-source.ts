import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { REQUEST_ID_HEADER } from '@packyourbag/service-kit';
import type { RouterContext } from '../context.js';
import type { Fetcher } from './buffered-response.js';

export const CLIENT_NAME_HEADER = 'apollographql-client-name';
/** The caller's IP as the router established it (auth throttles sign-ins and audits by it). */
export const CLIENT_IP_HEADER = 'x-client-ip';
/** The caller's User-Agent (the router's own is what subgraphs see as theirs). */
export const CLIENT_USER_AGENT_HEADER = 'x-client-user-agent';

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
}
