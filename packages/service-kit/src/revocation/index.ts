export { createRevocationList, type RevocationList, type RevocationListOptions } from './revocation-list.js';
export { parseRevocationSnapshot, type RevocationSnapshot } from './revocation-snapshot.js';
export {
  createCallerVerifier,
  createCallerTrust,
  type CallerTrust,
  type CallerTrustHooks,
} from './create-caller-verifier.js';
