import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../request/request-context.js';

/** One JSON line per GraphQL request: operation, duration, outcome, with the request id. */
export function createRequestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.logger.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              errorCodes: errors?.map((error) => error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR') ?? [],
            },
            'graphql request',
          );
        },
      };
    },
  };
}
