import type { ServiceName } from './service-definitions.js';

/**
 * The order services start in. Each wave starts once the one before has said which port it bound
 * (services start on PORT=0 in scenario stacks, decision 1480), because each needs the addresses
 * of the one before in its environment: auth first (everyone fetches its signing keys and
 * revocation list at start, so the stack also waits for it to be ready), then the subgraphs that
 * verify its tokens, then the router in front of them, then the web app in front of the router.
 * Only the services asked for, in waves that are never empty.
 */
export function startWaves(services: readonly ServiceName[]): ServiceName[][] {
  const order: ServiceName[][] = [['auth'], ['packing', 'preferences'], ['router'], ['web']];
  return order
    .map((wave) => services.filter((name) => wave.includes(name)))
    .filter((wave) => wave.length > 0);
}
