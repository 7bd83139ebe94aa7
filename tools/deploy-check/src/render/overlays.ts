import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface Overlay {
  name: string;
  directory: string;
  /** The production overlay gets the stricter rules (no Secret data, NODE_ENV=production). */
  production: boolean;
}

/** Every overlay under `<kubernetesDir>/overlays`, by name. */
export async function listOverlays(kubernetesDir: string): Promise<Overlay[]> {
  const entries = await readdir(join(kubernetesDir, 'overlays'), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      directory: join(kubernetesDir, 'overlays', entry.name),
      production: entry.name === 'production',
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
