/**
 * The stable `extensions.code` values every PackYourBag service answers with. Clients switch on
 * these, never on messages, so a code is never renamed once published.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Throttled: 'THROTTLED',
  /** A store or a service is unreachable right now: retry later (HTTP 503 with Retry-After at the router). */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
  /** The request body is larger than the service accepts (HTTP 413); `extensions.max` in bytes. */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes GraphQL and Apollo Server themselves answer a malformed request with; they describe the
 * caller's document, so they pass the mask as they are (together with ErrorCode, the codes a
 * subgraph's caller can see).
 */
export const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
