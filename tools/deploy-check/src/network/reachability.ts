import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicySpec } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicySpec';
import type { INetworkPolicyPeer } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPeer';
import type { INetworkPolicyPort } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicyPort';
import type { KubeObject } from '../render/kube-object.js';

/** A pod as NetworkPolicies see it: its namespace, its labels and its named ports. */
export interface PodEndpoint {
  namespace: string;
  labels: Readonly<Record<string, string>>;
  namedPorts?: Readonly<Record<string, number>>;
}

type LabelSelector = { matchLabels?: Record<string, string>; matchExpressions?: MatchExpression[] };
type MatchExpression = { key: string; operator: string; values?: string[] };

function matchesSelector(
  selector: LabelSelector | undefined,
  labels: Readonly<Record<string, string>>,
): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    const value = labels[key];
    if (operator === 'In') return value !== undefined && values.includes(value);
    if (operator === 'NotIn') return value === undefined || !values.includes(value);
    if (operator === 'Exists') return value !== undefined;
    return value === undefined; // DoesNotExist
  });
  return byLabels && byExpressions;
}

/** Whether a peer of a policy in `policyNamespace` names this pod (ipBlock names no pod). */
function peerMatches(peer: INetworkPolicyPeer, policyNamespace: string, pod: PodEndpoint): boolean {
  if (peer.ipBlock) return false;
  const namespaceLabels = { 'kubernetes.io/metadata.name': pod.namespace };
  const inNamespace = peer.namespaceSelector
    ? matchesSelector(peer.namespaceSelector, namespaceLabels)
    : pod.namespace === policyNamespace;
  return inNamespace && (peer.podSelector ? matchesSelector(peer.podSelector, pod.labels) : true);
}

function portMatches(ports: INetworkPolicyPort[] | undefined, port: number, target: PodEndpoint): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some(({ port: allowed, protocol = 'TCP' }) => {
    if (protocol !== 'TCP') return false;
    if (allowed === undefined) return true;
    return typeof allowed === 'number' ? allowed === port : target.namedPorts?.[allowed] === port;
  });
}

/**
 * Whether a TCP connection from one pod to another's port is allowed by the policies, as the
 * NetworkPolicy API defines it: the source's egress and the target's ingress must both allow it;
 * a direction no policy selects the pod for is open. Pods are placed by namespace and labels only.
 */
export function canConnect(
  objects: readonly KubeObject[],
  from: PodEndpoint,
  to: PodEndpoint,
  port: number,
): boolean {
  const policies = objects
    .filter((object) => object.kind === 'NetworkPolicy')
    .map((object) => ({
      namespace: object.metadata.namespace ?? '',
      spec: (object as unknown as INetworkPolicy).spec ?? ({} as INetworkPolicySpec),
    }));
  const governing = (pod: PodEndpoint, type: 'Ingress' | 'Egress') =>
    policies.filter(
      ({ namespace, spec }) =>
        namespace === pod.namespace &&
        matchesSelector(spec.podSelector ?? {}, pod.labels) &&
        (spec.policyTypes ?? ['Ingress']).includes(type),
    );
  const egress = governing(from, 'Egress');
  const egressAllowed =
    egress.length === 0 ||
    egress.some(({ namespace, spec }) =>
      (spec.egress ?? []).some(
        (rule) =>
          (!rule.to || rule.to.length === 0 || rule.to.some((peer) => peerMatches(peer, namespace, to))) &&
          portMatches(rule.ports, port, to),
      ),
    );
  const ingress = governing(to, 'Ingress');
  const ingressAllowed =
    ingress.length === 0 ||
    ingress.some(({ namespace, spec }) =>
      (spec.ingress ?? []).some(
        (rule) =>
          (!rule.from ||
            rule.from.length === 0 ||
            rule.from.some((peer) => peerMatches(peer, namespace, from))) &&
          portMatches(rule.ports, port, to),
      ),
    );
  return egressAllowed && ingressAllowed;
}
