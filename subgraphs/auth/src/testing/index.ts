// Auth's public test support for other workspaces (scenario tests): what only auth knows how to do.
export { createTestSigner, type TestSigner } from './test-signer.js';
