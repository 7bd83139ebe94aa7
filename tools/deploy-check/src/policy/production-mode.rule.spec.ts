import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { checkProductionMode } from './production-mode.rule.js';
import { find, renderedProduction } from '../testing/rendered-overlays.js';
import type { KubeObject } from '../render/kube-object.js';

describe('production mode', () => {
  it('passes on the production overlay: every service reads NODE_ENV=production', async () => {
    expect(checkProductionMode(await renderedProduction(), { production: true })).toEqual([]);
  });

  it('catches a ConfigMap that switches the subgraphs to development', async () => {
    const objects = await renderedProduction();
    find<KubeObject & { data: Record<string, string> }>(objects, 'ConfigMap', 'subgraph-config').data[
      'NODE_ENV'
    ] = 'development';
    expect(checkProductionMode(objects, { production: true }).map((finding) => finding.object)).toEqual([
      'Deployment/packyourbag/auth container auth',
      'Deployment/packyourbag/packing container packing',
      'Deployment/packyourbag/preferences container preferences',
    ]);
  });

  it('catches an env entry that overrides the ConfigMap', async () => {
    const objects = await renderedProduction();
    find<IDeployment>(objects, 'Deployment', 'web').spec!.template.spec!.containers[0]!.env = [
      { name: 'NODE_ENV', value: 'development' },
    ];
    expect(checkProductionMode(objects, { production: true })).toMatchObject([
      { rule: 'production-mode', object: 'Deployment/packyourbag/web container web' },
    ]);
    expect(checkProductionMode(objects, { production: false })).toEqual([]);
  });
});
