import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-code.js';
import { firstControlCharacter } from './control-characters.js';
import { operationTakesText, stringInputs } from './string-inputs.js';

/** The 1-based line of the character at `index` (LF, CRLF or CR end a line). */
function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g) ?? []).length + 1;
}

/**
 * Refuses an operation whose String or ID input holds a control character (see
 * `firstControlCharacter`) before any resolver runs: BAD_USER_INPUT naming the field, instead of
 * a database error masked as INTERNAL_SERVER_ERROR. One rule for every field of every subgraph;
 * LF and CR are allowed only where the SDL marks the argument or input field `@multiline`, and
 * there the error also carries the 1-based `line` of the character.
 */
export function createControlCharacterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          // Most operations (the router's entity fetches, paged reads) take no text at all.
          if (!operation || !operationTakesText(schema, document, operation)) return;
          for (const input of stringInputs(schema, document, operation, request.variables ?? {})) {
            const found = firstControlCharacter(input.value, { lineBreaks: input.multiline });
            if (!found) continue;
            // In text that spans lines (a pasted file) the line is what a person can find.
            const line = input.multiline ? lineAt(input.value, found.index) : undefined;
            const where = line ? `on line ${line}` : `at position ${found.index}`;
            throw new GraphQLError(
              `${input.field} holds a control character (${found.codePoint}) ${where}.`,
              {
                extensions: {
                  code: ErrorCode.BadUserInput,
                  field: input.field,
                  ...(line ? { line } : {}),
                  // 200: the router forwards a subgraph's GraphQL errors only from a successful response.
                  http: { status: 200 },
                },
              },
            );
          }
        },
      };
    },
  };
}
