export {
  createJwksKeySource,
  JwksUnavailableError,
  type JwksKeySource,
  type JwksKeySourceOptions,
} from './jwks-key-source.js';
export { httpJwksLoader, type JwksLoader } from './fetch-jwks.js';
