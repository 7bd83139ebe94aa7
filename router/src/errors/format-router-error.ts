import { maskError } from '@packyourbag/service-kit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { RouterErrorCode } from './router-error-code.js';

const routerCodes = new Set<string>(Object.values(RouterErrorCode));

/** graphql-js's message when `parse(…, { maxTokens })` gives up (graphql 16 spells it "more that"). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

function ownRouterCode(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const code = error.extensions['code'];
  return typeof code === 'string' && routerCodes.has(code) ? code : undefined;
}

/**
 * The router's `formatError`: its own refusals keep their code and details, including document
 * limits that Apollo Server re-labels GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED (the rule's
 * error is the `originalError`); everything else goes through service-kit's `maskError`.
 */
export function formatRouterError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = ownRouterCode(error) ?? ownRouterCode(original);
  if (code !== undefined) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const details = original instanceof GraphQLError && ownRouterCode(original) ? original.extensions : {};
    const { http: _http, ...publicDetails } = details as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, ...publicDetails, code } };
  }
  if (
    error instanceof GraphQLError &&
    error.extensions['code'] === 'GRAPHQL_PARSE_FAILED' &&
    TOO_MANY_TOKENS.test(formatted.message)
  ) {
    return {
      message: formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than'),
      extensions: { code: RouterErrorCode.MaxTokensExceeded },
    };
  }
  return maskError(formatted, error);
}
