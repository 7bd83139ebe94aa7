import type { ApolloServerPlugin } from '@apollo/server';
import { reportUnexpectedError } from '@packyourbag/error-reports';
import { maskError } from '@packyourbag/service-kit';
import type { RouterContext } from '../context.js';

export interface RequestLogPluginOptions {
  /**
   * Log internal errors (the ones callers only see masked) with their details and the request id.
   * @default true
   */
  logInternalErrors?: boolean;
}

/**
 * Feeds the router's one-line-per-request log: records the resolved operation name on the
 * context (the HTTP layer writes the line once the response is sent) and logs the details of
 * every error the caller will only see masked, so an operator can find them by request id.
 */
export function createRequestLogPlugin(
  options: RequestLogPluginOptions = {},
): ApolloServerPlugin<RouterContext> {
  const logInternalErrors = options.logInternalErrors ?? true;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          if (operationName) contextValue.accessLog.operationName = operationName;
        },
        async didEncounterErrors({ contextValue, errors }) {
          contextValue.accessLog.hadErrors = true;
          for (const error of errors) {
            // Errors from a failed subgraph fetch can reach here without extensions.
            const code: unknown = error.extensions?.['code'];
            if (typeof code === 'string' && code.startsWith('PERSISTED_QUERY_')) {
              // APQ's "send the query too" round trip is routine: info, never the error log (0714).
              if (logInternalErrors) contextValue.logger.info({ code }, error.message);
              continue;
            }
            // The same rule the response uses (formatError): a masked error is ours, not the
            // caller's mistake; it counts in the error ratio (outcome "error") and is logged; unless
            // it is an outage (metrics and alerts), it is reported once (a subgraph's own
            // INTERNAL_SERVER_ERROR keeps its code: that subgraph reported it). Decision 1360.
            maskError(
              { message: error.message, extensions: error.extensions },
              error,
              (cause, { outage }) => {
                contextValue.accessLog.hadServerErrors = true;
                if (!outage) reportUnexpectedError(cause, { requestId: contextValue.requestId });
                if (!logInternalErrors) return;
                // An outage reads as one in the log too: the operator looks at the subgraph, not the code.
                contextValue.logger.error(
                  { err: cause, path: error.path, outage },
                  outage
                    ? 'outage: a subgraph or its store was unreachable (the caller got SERVICE_UNAVAILABLE)'
                    : 'internal error (masked for the caller)',
                );
              },
            );
          }
        },
      };
    },
  };
}
