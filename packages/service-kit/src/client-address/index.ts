/**
 * `@packyourbag/service-kit/client-address`: who the client is, for the web server and the router
 * alike. Only node:crypto and node:net, so the web app can import it without the rest of the kit.
 */
export { normaliseIpAddress } from './ip-address.js';
export { createTrustedProxies, TrustedProxyEntryError, type IsTrustedProxy } from './trusted-proxies.js';
export { establishClientAddress } from './forwarded-chain.js';
export {
  CLIENT_ADDRESS_PROOF_HEADER,
  CLIENT_ADDRESS_TIMESTAMP_HEADER,
  signClientAddress,
  verifyClientAddress,
  type ClientAddressProofHeaders,
  type ClientAddressVerdict,
  type ForwardedRequest,
  type VerifyClientAddressOptions,
} from './client-address-proof.js';
export {
  TRACE_PROOF_HEADER,
  TRACE_PROOF_TIMESTAMP_HEADER,
  signTraceProof,
  verifyTraceProof,
  type VerifyTraceProofOptions,
} from './trace-proof.js';
