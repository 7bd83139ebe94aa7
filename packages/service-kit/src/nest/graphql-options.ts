import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { Logger } from '../logging/logger.js';
import { maskError } from '../errors/mask-error.js';
import { createControlCharacterPlugin } from '../input-text/control-character.plugin.js';
import type { RequestContext } from '../request/request-context.js';
import { createRequestLogPlugin } from './request-log.plugin.js';
import type { RouterTrustState } from './router-trust.js';

export interface SubgraphGraphQLOptions<Context extends RequestContext> {
  /** Absolute path of the subgraph's SDL in schema/. */
  schemaPath: string;
  logger: Logger;
  /** Adds the subgraph's own per-request state (DataLoaders) to the base context. */
  extendContext: (base: RequestContext) => Context;
  /** @default false */
  introspection?: boolean;
  /** "Did you mean …" in validation errors. @default false */
  fieldSuggestions?: boolean;
}

/**
 * The options every subgraph hands to GraphQLModule: schema-first from schema/, a context built
 * from what the trust middleware verified, text inputs free of control characters (one rule for every
 * field, decision 1101), and masked errors (internals logged and reported, never returned).
 */
export function subgraphGraphQLOptions<Context extends RequestContext>(
  options: SubgraphGraphQLOptions<Context>,
): Omit<ApolloFederationDriverConfig, 'driver'> {
  return {
    typePaths: [options.schemaPath],
    path: '/graphql',
    playground: false,
    introspection: options.introspection ?? false,
    hideSchemaDetailsFromClientErrors: !(options.fieldSuggestions ?? false),
    includeStacktraceInErrorResponses: false,
    // Traces are for Apollo's hosted reporting, which this router does not use.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      createRequestLogPlugin(),
      createControlCharacterPlugin(),
    ],
    // `req` is the Express request the trust middleware filled in, or the fast path's trust state.
    context: ({ req }: { req: Partial<RouterTrustState> }): Context => {
      const requestId = req.requestId ?? 'unknown';
      return options.extendContext({
        ...(req.caller ? { caller: req.caller } : {}),
        ...(req.clientIp ? { clientIp: req.clientIp } : {}),
        ...(req.userAgent ? { userAgent: req.userAgent } : {}),
        requestId,
        logger: req.log ?? options.logger.child({ requestId }),
      });
    },
    // The request-log plugin logs and reports what this masks, under the request id.
    formatError: (formatted, error) => maskError(formatted, error),
  };
}
