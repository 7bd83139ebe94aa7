import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { Finding } from './finding.js';
import { podWorkloads } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/** A policy that selects every pod and allows nothing, in both directions. */
function isDefaultDeny(object: KubeObject): boolean {
  if (object.kind !== 'NetworkPolicy') return false;
  const spec = (object as unknown as INetworkPolicy).spec;
  const selectsAll =
    Object.keys(spec?.podSelector?.matchLabels ?? {}).length === 0 &&
    (spec?.podSelector?.matchExpressions ?? []).length === 0;
  const types = spec?.policyTypes ?? [];
  return (
    selectsAll &&
    types.includes('Ingress') &&
    types.includes('Egress') &&
    (spec?.ingress ?? []).length === 0 &&
    (spec?.egress ?? []).length === 0
  );
}

/** Every namespace that runs a workload has a default-deny NetworkPolicy (ingress and egress). */
export function checkDefaultDeny(objects: readonly KubeObject[]): Finding[] {
  const namespaces = new Set(
    podWorkloads(objects).map(({ object }) => object.metadata.namespace ?? '(none)'),
  );
  const denied = new Set(
    objects.filter(isDefaultDeny).map((object) => object.metadata.namespace ?? '(none)'),
  );
  return [...namespaces]
    .filter((namespace) => !denied.has(namespace))
    .map((namespace) => ({
      rule: 'default-deny-network-policy',
      object: `Namespace/${namespace}`,
      message: 'no NetworkPolicy denies all ingress and egress by default',
    }));
}
