/**
 * `@apollo/gateway` refuses a supergraph that links a `for: SECURITY` feature it does not enforce
 * itself (`@authenticated`, `@requiresScopes`) — a safe default. This router enforces both in its
 * authorization plugin before planning, so once that plugin is installed it hands the gateway the
 * supergraph with exactly those two links marked as handled (their `for:` argument removed).
 * Any other security feature still stops the gateway.
 */
const ENFORCED_BY_ROUTER = [
  'https://specs.apollo.dev/authenticated/v0.1',
  'https://specs.apollo.dev/requiresScopes/v0.1',
];

export function markSecurityFeaturesEnforced(supergraphSdl: string): string {
  let sdl = supergraphSdl;
  for (const url of ENFORCED_BY_ROUTER) {
    sdl = sdl.replace(`@link(url: "${url}", for: SECURITY)`, `@link(url: "${url}")`);
  }
  return sdl;
}
