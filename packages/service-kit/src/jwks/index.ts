export {
  createJwksKeySource,
  JWKS_REFRESH_FAILURES_METRIC,
  JwksUnavailableError,
  type JwksKeySource,
  type JwksKeySourceOptions,
} from './jwks-key-source.js';
export { httpJwksLoader, type JwksLoader } from './fetch-jwks.js';
