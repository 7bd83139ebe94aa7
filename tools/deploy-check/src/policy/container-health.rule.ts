import type { Finding } from './finding.js';
import { containersOf, podWorkloads } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/**
 * Long-running containers have start-up, readiness and liveness probes; every container (jobs
 * too) has CPU and memory requests and a memory limit, so the scheduler and the OOM killer know it.
 */
export function checkContainerHealth(objects: readonly KubeObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const workload of podWorkloads(objects)) {
    const longRunning = workload.object.kind !== 'Job' && workload.object.kind !== 'CronJob';
    for (const { container, label } of containersOf(workload)) {
      if (longRunning) {
        const missing = (['startupProbe', 'readinessProbe', 'livenessProbe'] as const).filter(
          (probe) => container[probe] === undefined,
        );
        if (missing.length > 0) {
          findings.push({ rule: 'probes', object: label, message: `has no ${missing.join(', ')}` });
        }
      }
      const { requests, limits } = container.resources ?? {};
      if (requests?.cpu === undefined || requests?.memory === undefined || limits?.memory === undefined) {
        findings.push({
          rule: 'resources',
          object: label,
          message: 'needs requests.cpu, requests.memory and limits.memory',
        });
      }
    }
  }
  return findings;
}
