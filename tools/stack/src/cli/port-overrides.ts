import { envReader } from '@packyourbag/service-kit';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '../stack/service-definitions.js';

/** AUTH_PORT, PACKING_PORT, PREFERENCES_PORT, ROUTER_PORT, WEB_PORT; fails naming the variable. */
export function portOverrides(env: NodeJS.ProcessEnv = process.env): Record<ServiceName, number> {
  const read = envReader(env);
  const ports = { ...DEFAULT_PORTS };
  for (const name of SERVICE_NAMES) {
    ports[name] = read.int(`${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name], { min: 1, max: 65535 });
  }
  return ports;
}
