import { ErrorCode } from '@packyourbag/service-kit';

/**
 * The router's own `extensions.code` values, beside service-kit's ErrorCode (UNAUTHENTICATED,
 * FORBIDDEN, THROTTLED, …). Stable: clients switch on them.
 */
export const RouterErrorCode = {
  /** The operation's estimated cost is above the maximum; `extensions.cost: { estimated, max }`. */
  CostEstimatedTooExpensive: 'COST_ESTIMATED_TOO_EXPENSIVE',
  /** A list field that needs exactly one slicing argument (`first`) got none or several. */
  SlicingArgumentRequired: 'SLICING_ARGUMENT_REQUIRED',
  /** The rate-limit store failed and RATE_LIMIT_FAIL_MODE is `closed` (HTTP 503). */
  RateLimitUnavailable: 'RATE_LIMIT_UNAVAILABLE',
  /** Auth's keys could not be fetched yet, so no token can be checked (HTTP 503). */
  KeysUnavailable: 'KEYS_UNAVAILABLE',
  MaxDepthExceeded: 'MAX_DEPTH_EXCEEDED',
  MaxAliasesExceeded: 'MAX_ALIASES_EXCEEDED',
  MaxRootFieldsExceeded: 'MAX_ROOT_FIELDS_EXCEEDED',
  MaxTokensExceeded: 'MAX_TOKENS_EXCEEDED',
  MaxDirectivesExceeded: 'MAX_DIRECTIVES_EXCEEDED',
  /** A JSON array (batch) of more operations than the router runs per request. */
  BatchLimitExceeded: 'BATCH_LIMIT_EXCEEDED',
  /** TRUSTED_DOCUMENTS=enforce-for-web: the web client sent a hash that is not in the manifest. */
  PersistedQueryNotInList: 'PERSISTED_QUERY_NOT_IN_LIST',
  /** TRUSTED_DOCUMENTS=enforce-for-web: the web client sent a document instead of a hash. */
  PersistedQueryIdRequired: 'PERSISTED_QUERY_ID_REQUIRED',
  /** The request is not a GraphQL-over-HTTP request the router understands. */
  BadRequest: 'BAD_REQUEST',
  /** The request body is larger than BODY_LIMIT_BYTES (HTTP 413). */
  PayloadTooLarge: ErrorCode.PayloadTooLarge,
} as const;

export type RouterErrorCode = (typeof RouterErrorCode)[keyof typeof RouterErrorCode];
