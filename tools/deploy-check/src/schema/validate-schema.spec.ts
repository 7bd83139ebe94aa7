import { describe, expect, it } from 'vitest';
import { validateSchemas } from './validate-schema.js';
import { find, renderedProduction } from '../testing/rendered-overlays.js';
import type { KubeObject } from '../render/kube-object.js';

describe('validateSchemas', () => {
  it('accepts every object of the production overlay', async () => {
    expect(validateSchemas(await renderedProduction())).toEqual([]);
  });

  it('names a field of the wrong type', async () => {
    const objects = await renderedProduction();
    const service = find<KubeObject & { spec: { ports: Array<{ port: unknown }> } }>(
      objects,
      'Service',
      'router',
    );
    service.spec.ports[0]!.port = 'four thousand';
    expect(validateSchemas(objects)).toEqual([
      {
        rule: 'schema',
        object: 'Service/packyourbag/router',
        message: expect.stringContaining('spec/ports/0/port must be integer'),
      },
    ]);
  });

  it('refuses a retired API version', () => {
    const object: KubeObject = {
      apiVersion: 'autoscaling/v2beta2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'router' },
    };
    expect(validateSchemas([object])).toMatchObject([
      { rule: 'schema', object: 'HorizontalPodAutoscaler/router' },
    ]);
  });
});
