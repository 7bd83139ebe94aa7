import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { Finding } from './finding.js';
import { podWorkloads, selects } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/**
 * Every Deployment survives a node drain and load: a PodDisruptionBudget selects its pods, a
 * HorizontalPodAutoscaler scales it, and topology spread constraints keep its replicas apart.
 */
export function checkAvailability(objects: readonly KubeObject[]): Finding[] {
  const findings: Finding[] = [];
  const inNamespace = (object: KubeObject, of: KubeObject) =>
    object.metadata.namespace === of.metadata.namespace;
  const budgets = objects.filter((object) => object.kind === 'PodDisruptionBudget');
  const autoscalers = objects.filter((object) => object.kind === 'HorizontalPodAutoscaler');
  for (const workload of podWorkloads(objects)) {
    if (workload.object.kind !== 'Deployment') continue;
    const labels = workload.template.metadata?.labels;
    const fail = (rule: string, message: string) => findings.push({ rule, object: workload.name, message });
    const budget = budgets.find(
      (object) =>
        inNamespace(object, workload.object) &&
        selects((object as unknown as IPodDisruptionBudget).spec?.selector, labels),
    );
    if (!budget) fail('pod-disruption-budget', 'no PodDisruptionBudget selects its pods');
    const autoscaler = autoscalers.find((object) => {
      const target = (object as unknown as IHorizontalPodAutoscaler).spec?.scaleTargetRef;
      return (
        inNamespace(object, workload.object) &&
        target?.kind === 'Deployment' &&
        target.name === workload.object.metadata.name
      );
    });
    if (!autoscaler) fail('horizontal-pod-autoscaler', 'no HorizontalPodAutoscaler targets it');
    const spread = workload.template.spec?.topologySpreadConstraints ?? [];
    if (!spread.some((constraint) => selects(constraint.labelSelector, labels))) {
      fail('topology-spread', 'no topologySpreadConstraints select its own pods');
    }
  }
  return findings;
}
