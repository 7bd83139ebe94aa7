/** Codes of errors GraphQL itself raises for a well-formed request: parsing, validation, variables. */
const GRAPHQL_REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/**
 * GraphQL over HTTP: a response in the legacy `application/json` media type SHOULD use 200 for a
 * well-formed request whatever GraphQL errors it carries (clients of that media type read errors
 * from the body); `application/graphql-response+json` uses 4xx. Apollo Server answers 400 for
 * both. This gives 200 back for `application/json` when every error is GraphQL's own request error;
 * the router's policy refusals (limits, cost, throttling, authentication) keep their 4xx, which
 * clients and proxies act on (docs/decisions/0705).
 */
export function legacyJsonStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    const errors = parsed.errors ?? [];
    const onlyGraphQL =
      errors.length > 0 &&
      errors.every((error) => GRAPHQL_REQUEST_ERRORS.has(String(error.extensions?.code ?? '')));
    return onlyGraphQL ? 200 : status;
  } catch {
    return status;
  }
}
