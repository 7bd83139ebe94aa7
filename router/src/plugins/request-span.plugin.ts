import type { ApolloServerPlugin } from '@apollo/server';
import { nameRequestSpan } from '@packyourbag/telemetry';
import type { RouterContext } from '../context.js';

/**
 * Names the request's trace span after the operation once it is resolved (`query Me`), so a trace
 * list reads by operation rather than `POST` (decision 1350). Nothing happens with tracing off.
 */
export function createRequestSpanPlugin(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, operationName }) {
          if (operation) nameRequestSpan(operation.operation, operationName ?? undefined);
        },
      };
    },
  };
}
