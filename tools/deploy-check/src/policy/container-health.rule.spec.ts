import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { checkContainerHealth } from './container-health.rule.js';
import { find, renderedProduction } from '../testing/rendered-overlays.js';

describe('probes and resources', () => {
  it('pass on the production overlay (the migration job needs no probes)', async () => {
    expect(checkContainerHealth(await renderedProduction())).toEqual([]);
  });

  it('catch a Deployment without a startup, readiness or liveness probe', async () => {
    for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'] as const) {
      const objects = await renderedProduction();
      delete find<IDeployment>(objects, 'Deployment', 'packing').spec!.template.spec!.containers[0]![probe];
      expect(checkContainerHealth(objects)).toEqual([
        {
          rule: 'probes',
          object: 'Deployment/packyourbag/packing container packing',
          message: `has no ${probe}`,
        },
      ]);
    }
  });

  it('catch a container without requests or a memory limit', async () => {
    const objects = await renderedProduction();
    delete find<IDeployment>(objects, 'Deployment', 'web').spec!.template.spec!.containers[0]!.resources!
      .limits;
    expect(checkContainerHealth(objects)).toMatchObject([
      { rule: 'resources', object: 'Deployment/packyourbag/web container web' },
    ]);
  });
});
