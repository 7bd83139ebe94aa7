import { describe, expect, it } from 'vitest';
import { checkOverlay } from './check-overlay.js';
import { listOverlays } from './render/overlays.js';
import { RenderError } from './render/render-overlay.js';
import { KUBERNETES_DIR } from './testing/rendered-overlays.js';

describe('deploy/kubernetes overlays', () => {
  it('are development and production', async () => {
    expect(
      (await listOverlays(KUBERNETES_DIR)).map(({ name, production }) => ({ name, production })),
    ).toEqual([
      { name: 'development', production: false },
      { name: 'production', production: true },
    ]);
  });

  it('each render, validate against the Kubernetes schemas and meet the policy', async () => {
    for (const overlay of await listOverlays(KUBERNETES_DIR)) {
      const { objects, findings } = await checkOverlay(overlay);
      expect(findings, overlay.name).toEqual([]);
      const deployments = objects
        .filter((object) => object.kind === 'Deployment')
        .map((object) => object.metadata.name);
      expect(deployments.sort()).toEqual(['auth', 'packing', 'preferences', 'router', 'web']);
      expect(
        objects.filter((object) => ['Job', 'Ingress'].includes(object.kind)).map((object) => object.kind),
      ).toEqual(['Job', 'Ingress']);
    }
  });

  it('says what to install when kubectl is missing', async () => {
    const [overlay] = await listOverlays(KUBERNETES_DIR);
    await expect(checkOverlay(overlay!, 'kubectl-that-is-not-installed')).rejects.toThrow(RenderError);
    await expect(checkOverlay(overlay!, 'kubectl-that-is-not-installed')).rejects.toThrow(/install kubectl/);
  });
});
