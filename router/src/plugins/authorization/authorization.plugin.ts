import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@packyourbag/service-kit';
import { GraphQLError } from 'graphql';
import type { RouterContext } from '../../context.js';
import type { AccessRequirements } from './access-requirements.js';
import { findAccessViolations } from './find-access-violations.js';

export interface AuthorizationPluginOptions {
  /** The current supergraph's requirements; read on every request so a reload takes effect. */
  requirements: () => AccessRequirements;
}

/**
 * Enforces the supergraph's `@authenticated` and `@requiresScopes` before the query is planned,
 * as Apollo Router does, refusing the whole operation and naming every refused path. Subgraphs
 * check again (defence in depth); this makes the refusal early, uniform and free of subgraph load.
 */
export function createAuthorizationPlugin(
  options: AuthorizationPluginOptions,
): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.flatMap((definition) =>
              definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [],
            ),
          );
          const violations = findAccessViolations({
            schema,
            operation,
            fragments,
            requirements: options.requirements(),
            scopes: contextValue.caller?.scopes,
          });
          if (violations.length === 0) return;
          const unauthenticated = violations.filter((violation) => violation.kind === 'UNAUTHENTICATED');
          if (unauthenticated.length > 0) {
            throw new GraphQLError(
              `Sign in to read ${unauthenticated.map((violation) => violation.path).join(', ')}.`,
              {
                extensions: {
                  code: ErrorCode.Unauthenticated,
                  paths: unauthenticated.map((violation) => violation.path),
                  http: { status: 401 },
                },
              },
            );
          }
          throw new GraphQLError(
            `This token's scopes do not allow ${violations.map((violation) => violation.path).join(', ')}.`,
            {
              extensions: {
                code: ErrorCode.Forbidden,
                paths: violations.map((violation) => violation.path),
                requiredScopes: Object.fromEntries(
                  violations.map((violation) => [violation.path, violation.requiredScopes ?? []]),
                ),
                http: { status: 403 },
              },
            },
          );
        },
      };
    },
  };
}
