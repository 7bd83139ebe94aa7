export { envReader, ConfigError, type EnvReader } from './config/read-env.js';
export { readWarmUpSettings, type WarmUpSettings } from './config/warm-up-settings.js';
export {
  readSubgraphConfig,
  LOG_LEVELS,
  type LogLevel,
  type SubgraphConfig,
} from './config/subgraph-config.js';
export { readTrustConfig, DEVELOPMENT_ROUTER_SECRET, type TrustConfig } from './config/trust-config.js';
export { logSchemaExposure, profileOf, type Profile, type SchemaExposure } from './profile/profile.js';
export { ErrorCode, REQUEST_ERROR_CODES } from './errors/error-code.js';
export { badUserInput, unauthenticated, forbidden, notFound, conflict } from './errors/domain-errors.js';
export { maskError } from './errors/mask-error.js';
export { isUnavailableError } from './errors/unavailable-error.js';
export { firstControlCharacter, type ControlCharacter } from './input-text/control-characters.js';
export { createControlCharacterPlugin } from './input-text/control-character.plugin.js';
export { stringInputs, MULTILINE_DIRECTIVE, type StringInput } from './input-text/string-inputs.js';
export { Scope, ALL_SCOPES, type Caller, type CallerKind } from './caller/caller.js';
export {
  createAccessTokenVerifier,
  InvalidAccessTokenError,
  bearerToken,
  type AccessTokenVerifier,
  type AccessTokenVerifierOptions,
} from './caller/access-token-verifier.js';
export {
  signRouterProof,
  verifyRouterProof,
  ROUTER_PROOF_HEADER,
  ROUTER_TIMESTAMP_HEADER,
  type RouterProofHeaders,
  type RouterProofVerdict,
  type VerifyRouterProofOptions,
} from './router-proof/router-proof.js';
export { createLogger, REQUEST_ID_HEADER, type Logger } from './logging/logger.js';
export { announceListening } from './logging/announce-listening.js';
export { BodyTooLargeError, readBody } from './http/read-body.js';
export { sendGraphQLError, sendJson } from './http/send-json.js';
export {
  CLIENT_IP_HEADER,
  CLIENT_NAME_HEADER,
  CLIENT_USER_AGENT_HEADER,
} from './request/forwarded-headers.js';
export { requireCaller, requireScope, type RequestContext } from './request/request-context.js';
export { DateTimeScalar } from './scalars/date-time.scalar.js';
export {
  createRevocationList,
  createCallerVerifier,
  createCallerTrust,
  parseRevocationSnapshot,
  type CallerTrust,
  type CallerTrustHooks,
  type RevocationList,
  type RevocationListOptions,
  type RevocationSnapshot,
} from './revocation/index.js';
export { PERSONAL_TOKEN_USE } from './caller/access-token-verifier.js';
export {
  createJwksKeySource,
  httpJwksLoader,
  JWKS_REFRESH_FAILURES_METRIC,
  JwksUnavailableError,
  type JwksKeySource,
  type JwksKeySourceOptions,
  type JwksLoader,
} from './jwks/index.js';
