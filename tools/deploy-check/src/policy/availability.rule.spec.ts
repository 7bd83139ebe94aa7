import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { checkAvailability } from './availability.rule.js';
import { find, renderedProduction, rulesOf } from '../testing/rendered-overlays.js';
import type { KubeObject } from '../render/kube-object.js';

const without = (objects: KubeObject[], kind: string, name: string) =>
  objects.filter((object) => !(object.kind === kind && object.metadata.name === name));

describe('availability rules', () => {
  it('pass on the production overlay', async () => {
    expect(checkAvailability(await renderedProduction())).toEqual([]);
  });

  it('catch a Deployment no PodDisruptionBudget selects', async () => {
    const findings = checkAvailability(without(await renderedProduction(), 'PodDisruptionBudget', 'auth'));
    expect(findings).toMatchObject([
      { rule: 'pod-disruption-budget', object: 'Deployment/packyourbag/auth' },
    ]);
  });

  it('catch a Deployment no autoscaler targets', async () => {
    const objects = await renderedProduction();
    find<IHorizontalPodAutoscaler>(
      objects,
      'HorizontalPodAutoscaler',
      'preferences',
    ).spec!.scaleTargetRef.name = 'someone-else';
    expect(checkAvailability(objects)).toMatchObject([
      { rule: 'horizontal-pod-autoscaler', object: 'Deployment/packyourbag/preferences' },
    ]);
  });

  it('catch a Deployment without topology spread over its own pods', async () => {
    const objects = await renderedProduction();
    const spec = find<IDeployment>(objects, 'Deployment', 'router').spec!.template.spec!;
    for (const constraint of spec.topologySpreadConstraints!) {
      constraint.labelSelector = { matchLabels: { 'app.kubernetes.io/name': 'web' } };
    }
    expect(rulesOf(checkAvailability(objects))).toEqual(['topology-spread']);
    delete spec.topologySpreadConstraints;
    expect(rulesOf(checkAvailability(objects))).toEqual(['topology-spread']);
  });
});
