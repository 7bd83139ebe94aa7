import { describe, expect, it } from 'vitest';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { checkDefaultDeny } from './network.rule.js';
import { checkTrustBoundary } from './trust-boundary.rule.js';
import { find, renderedProduction, rulesOf } from '../testing/rendered-overlays.js';

describe('network rules', () => {
  it('pass on the production overlay', async () => {
    const objects = await renderedProduction();
    expect([...checkDefaultDeny(objects), ...checkTrustBoundary(objects)]).toEqual([]);
  });

  it('catch a namespace without a default-deny policy', async () => {
    const objects = (await renderedProduction()).filter((object) => object.metadata.name !== 'default-deny');
    expect(checkDefaultDeny(objects)).toMatchObject([
      { rule: 'default-deny-network-policy', object: 'Namespace/packyourbag' },
    ]);
  });

  it('do not take a policy that denies only ingress, or only some pods, for a default deny', async () => {
    const objects = await renderedProduction();
    const deny = find<INetworkPolicy>(objects, 'NetworkPolicy', 'default-deny');
    deny.spec!.policyTypes = ['Ingress'];
    expect(rulesOf(checkDefaultDeny(objects))).toEqual(['default-deny-network-policy']);
    deny.spec!.policyTypes = ['Ingress', 'Egress'];
    deny.spec!.podSelector = { matchLabels: { 'app.kubernetes.io/name': 'web' } };
    expect(rulesOf(checkDefaultDeny(objects))).toEqual(['default-deny-network-policy']);
  });

  it('catch a subgraph opened to the web server', async () => {
    const objects = await renderedProduction();
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'packing').spec!.ingress![0]!.from!.push({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'web' } },
    });
    // The web server's own egress policy still holds it back: both ends must agree.
    expect(checkTrustBoundary(objects)).toEqual([]);
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'web').spec!.egress!.push({});
    // An egress rule without peers: every destination whose own ingress agrees, which is packing only.
    expect(checkTrustBoundary(objects).map((finding) => finding.message)).toEqual([
      'web → packing:4002 is allowed but must be blocked',
    ]);
  });

  it('catch a subgraph reaching another service’s store', async () => {
    const objects = await renderedProduction();
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'packing').spec!.egress!.push({
      to: [{ podSelector: { matchLabels: { 'packyourbag.io/store': 'mongodb' } } }],
      ports: [{ protocol: 'TCP', port: 27017 }],
    });
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'store-mongodb').spec!.ingress![0]!.from!.push({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'packing' } },
    });
    expect(checkTrustBoundary(objects).map((finding) => finding.message)).toEqual([
      'packing → mongodb:27017 is allowed but must be blocked',
    ]);
  });

  it('catch a policy that blocks a connection the system needs', async () => {
    const objects = await renderedProduction();
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'router').spec!.ingress![0]!.from!.pop();
    expect(checkTrustBoundary(objects).map((finding) => finding.message)).toEqual([
      'web → router:4000 is blocked but must be allowed',
    ]);
  });

  it('catch a service reachable from any namespace', async () => {
    const objects = await renderedProduction();
    find<INetworkPolicy>(objects, 'NetworkPolicy', 'web').spec!.ingress![0]!.from = [
      { namespaceSelector: {} },
    ];
    expect(checkTrustBoundary(objects).map((finding) => finding.message)).toEqual([
      'monitoring → web:3000 is allowed but must be blocked',
      'other-namespace → web:3000 is allowed but must be blocked',
    ]);
  });
});
