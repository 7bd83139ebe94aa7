export { createAuthorizationPlugin, type AuthorizationPluginOptions } from './authorization.plugin.js';
export { readAccessRequirements, type AccessRequirements } from './access-requirements.js';
export { markSecurityFeaturesEnforced } from './enforced-security-features.js';
