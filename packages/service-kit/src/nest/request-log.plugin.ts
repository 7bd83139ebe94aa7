import type { ApolloServerPlugin } from '@apollo/server';
import { reportUnexpectedError } from '@packyourbag/error-reports';
import { maskError } from '../errors/mask-error.js';
import type { RequestContext } from '../request/request-context.js';

/**
 * One JSON line per GraphQL request: operation, duration, outcome, with the request id. An error
 * the caller will only see masked (formatError) is logged with its details and, unless it is an
 * outage, reported once (error reports, decision 1360), both under the request id; a caller's
 * mistake is neither.
 */
export function createRequestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            maskError(
              { message: error.message, extensions: error.extensions },
              error,
              (cause, { outage }) => {
                // An outage reads as one in the log too: the operator looks at the store, not the code.
                contextValue.logger.error(
                  { err: cause, path: error.path, outage },
                  outage
                    ? 'outage: a store was unreachable (the caller got SERVICE_UNAVAILABLE)'
                    : 'unexpected error in a resolver',
                );
                if (!outage) reportUnexpectedError(cause, { requestId: contextValue.requestId });
              },
            );
          }
        },
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
