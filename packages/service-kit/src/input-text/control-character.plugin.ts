import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { firstControlCharacter } from './control-characters.js';
import { stringInputs } from './string-inputs.js';

/**
 * Refuses an operation whose String or ID input holds a control character (see
 * `firstControlCharacter`) before any resolver runs: BAD_USER_INPUT naming the field, instead of
 * a database error masked as INTERNAL_SERVER_ERROR. One rule for every field of every subgraph;
 * LF and CR are allowed only where the SDL marks the argument or input field `@multiline`.
 */
export function createControlCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          for (const input of stringInputs(schema, document, operation, request.variables ?? {})) {
            const found = firstControlCharacter(input.value, { lineBreaks: input.multiline });
            if (!found) continue;
            throw new GraphQLError(
              `${input.field} holds a control character (${found.codePoint}) at position ${found.index}.`,
              // 200: the router forwards a subgraph's GraphQL errors only from a successful response.
              { extensions: { code: ErrorCode.BadUserInput, field: input.field, http: { status: 200 } } },
            );
          }
        },
      };
    },
  };
}
