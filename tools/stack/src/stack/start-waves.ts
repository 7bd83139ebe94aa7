import type { ServiceName } from './service-definitions.js';

/**
 * The order services start in: auth first, because every other service fetches its signing keys
 * (JWKS) and revocation list at start and would otherwise log a failed fetch for each; then the
 * rest together. Only the services asked for, in waves that are never empty.
 */
export function startWaves(services: readonly ServiceName[]): ServiceName[][] {
  const first = services.filter((name) => name === 'auth');
  const rest = services.filter((name) => name !== 'auth');
  return [first, rest].filter((wave) => wave.length > 0);
}
