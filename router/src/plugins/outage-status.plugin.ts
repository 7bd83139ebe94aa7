import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@packyourbag/service-kit';
import type { RouterContext } from '../context.js';

/** Seconds a client is asked to wait before retrying an answer that hit an outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/**
 * An answer that carries SERVICE_UNAVAILABLE — a subgraph unreachable or timing out, or a store a
 * subgraph could not reach — goes out as HTTP 503 with Retry-After, so clients, proxies and load
 * balancers treat it as the retryable outage it is (issue 18), whatever data the rest of the
 * query could still return.
 */
export function createOutageStatusPlugin(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.['code'] === ErrorCode.ServiceUnavailable)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
