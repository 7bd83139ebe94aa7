import { checkAvailability } from './availability.rule.js';
import { checkContainerHealth } from './container-health.rule.js';
import type { Finding } from './finding.js';
import { checkImagesPinned } from './image-pinned.rule.js';
import { checkDefaultDeny } from './network.rule.js';
import { checkPodSecurity } from './pod-security.rule.js';
import { checkProductionMode } from './production-mode.rule.js';
import { checkSecrets } from './secrets.rule.js';
import { checkTrustBoundary } from './trust-boundary.rule.js';
import type { KubeObject } from '../render/kube-object.js';

export type { Finding } from './finding.js';

export interface PolicyOptions {
  /** Stricter rules for the production overlay: no Secret data, NODE_ENV=production. */
  production: boolean;
}

/** Every deployment rule over one rendered overlay; an empty list means it passes. */
export function checkPolicy(objects: readonly KubeObject[], options: PolicyOptions): Finding[] {
  return [
    ...checkPodSecurity(objects),
    ...checkContainerHealth(objects),
    ...checkAvailability(objects),
    ...checkDefaultDeny(objects),
    ...checkTrustBoundary(objects),
    ...checkSecrets(objects, options),
    ...checkProductionMode(objects, options),
    ...checkImagesPinned(objects),
  ];
}
