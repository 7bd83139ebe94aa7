import type { Finding } from './finding.js';
import { podWorkloads } from './pod-templates.js';
import { canConnect, type PodEndpoint } from '../network/reachability.js';
import type { KubeObject } from '../render/kube-object.js';

/** Who the NetworkPolicies must let connect to whom (the architecture's trust boundary). */
const ALLOWED: ReadonlyArray<readonly [from: string, to: string]> = [
  ['ingress-controller', 'web'],
  ['ingress-controller', 'router'],
  ['web', 'router'],
  ['router', 'auth'],
  ['router', 'packing'],
  ['router', 'preferences'],
  ['router', 'redis'],
  // JWKS_URL and TOKEN_REVOCATIONS_URL: the subgraphs that verify callers fetch them from auth.
  ['packing', 'auth'],
  ['preferences', 'auth'],
  ['auth', 'postgresql'],
  ['packing', 'postgresql'],
  // Only the lifecycle-event queue (schema events); preferences' own data is in MongoDB.
  ['preferences', 'postgresql'],
  ['preferences', 'mongodb'],
  ['migrate', 'postgresql'],
  ['auth-key-rotation', 'postgresql'],
  ['monitoring', 'router'],
  ['monitoring', 'auth'],
  ['monitoring', 'packing'],
  ['monitoring', 'preferences'],
];

const SERVICES = ['web', 'router', 'auth', 'packing', 'preferences', 'migrate', 'auth-key-rotation'] as const;
const STORE_PORTS = { postgresql: 5432, mongodb: 27017, redis: 6379 } as const;

interface Party {
  endpoint: PodEndpoint;
  /** The port others connect to; undefined for parties nothing connects to. */
  port?: number;
}

/** The services from the rendered workloads, plus the outside parties the policies name. */
function partiesOf(objects: readonly KubeObject[], namespace: string): Map<string, Party> {
  const parties = new Map<string, Party>([
    [
      'ingress-controller',
      { endpoint: { namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx' } } },
    ],
    [
      'monitoring',
      { endpoint: { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } } },
    ],
    [
      'other-namespace',
      { endpoint: { namespace: 'elsewhere', labels: { 'app.kubernetes.io/name': 'router' } } },
    ],
  ]);
  for (const [store, port] of Object.entries(STORE_PORTS)) {
    parties.set(store, { endpoint: { namespace, labels: { 'packyourbag.io/store': store } }, port });
  }
  for (const { template } of podWorkloads(objects)) {
    const name = template.metadata?.labels?.['app.kubernetes.io/name'];
    if (!name || !(SERVICES as readonly string[]).includes(name)) continue;
    const ports = (template.spec?.containers ?? []).flatMap((container) => container.ports ?? []);
    parties.set(name, {
      endpoint: {
        namespace,
        labels: template.metadata?.labels ?? {},
        namedPorts: Object.fromEntries(
          ports.filter((port) => port.name).map((port) => [port.name, port.containerPort]),
        ),
      },
      port: ports[0]?.containerPort,
    });
  }
  return parties;
}

/**
 * Checks every pair of parties against ALLOWED: an allowed connection the policies block breaks
 * the system, a connection they allow that is not listed breaks the trust boundary.
 */
export function checkTrustBoundary(objects: readonly KubeObject[]): Finding[] {
  const namespace = podWorkloads(objects)[0]?.object.metadata.namespace;
  if (namespace === undefined) return [];
  const parties = partiesOf(objects, namespace);
  const findings: Finding[] = [];
  for (const service of SERVICES) {
    if (!parties.has(service)) {
      findings.push({
        rule: 'trust-boundary',
        object: `Namespace/${namespace}`,
        message: `no workload named ${service}`,
      });
    }
  }
  const allowed = new Set(ALLOWED.map(([from, to]) => `${from}->${to}`));
  for (const [fromName, from] of parties) {
    for (const [toName, to] of parties) {
      if (fromName === toName || to.port === undefined) continue;
      const expected = allowed.has(`${fromName}->${toName}`);
      const actual = canConnect(objects, from.endpoint, to.endpoint, to.port);
      if (expected !== actual) {
        findings.push({
          rule: 'trust-boundary',
          object: `NetworkPolicy/${namespace}`,
          message: `${fromName} → ${toName}:${to.port} is ${actual ? 'allowed' : 'blocked'} but must be ${expected ? 'allowed' : 'blocked'}`,
        });
      }
    }
  }
  return findings;
}
