import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { describeObject, type KubeObject } from '../render/kube-object.js';

/** A workload's pod template, wherever its kind keeps it. */
export interface PodWorkload {
  object: KubeObject;
  name: string;
  template: IPodTemplateSpec;
}

/** Pod templates of Deployments, StatefulSets, DaemonSets, Jobs and CronJobs. */
export function podWorkloads(objects: readonly KubeObject[]): PodWorkload[] {
  const workloads: PodWorkload[] = [];
  for (const object of objects) {
    const spec = object.spec as
      { template?: IPodTemplateSpec; jobTemplate?: { spec?: { template?: IPodTemplateSpec } } } | undefined;
    const template = object.kind === 'CronJob' ? spec?.jobTemplate?.spec?.template : spec?.template;
    if (template && ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'].includes(object.kind)) {
      workloads.push({ object, name: describeObject(object), template });
    }
  }
  return workloads;
}

/** Every container of a pod template, init containers included, with the name findings use. */
export function containersOf(workload: PodWorkload): Array<{ container: IContainer; label: string }> {
  const spec = workload.template.spec;
  return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((container) => ({
    container,
    label: `${workload.name} container ${container.name}`,
  }));
}

/** Whether a label selector's matchLabels all appear in the given labels. */
export function selects(
  selector: { matchLabels?: Record<string, string> } | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  const wanted = Object.entries(selector?.matchLabels ?? {});
  return wanted.length > 0 && wanted.every(([key, value]) => labels?.[key] === value);
}
