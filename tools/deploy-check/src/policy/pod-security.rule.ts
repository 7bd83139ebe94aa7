import type { Finding } from './finding.js';
import { containersOf, podWorkloads } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/**
 * The "restricted" Pod Security Standard and a read-only root: every container runs as a non-root
 * numeric user, cannot gain privileges, holds no capability, uses the runtime's seccomp profile
 * and cannot write its image (scratch space is an emptyDir). Container settings win over the pod's.
 */
export function checkPodSecurity(objects: readonly KubeObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const workload of podWorkloads(objects)) {
    const pod = workload.template.spec?.securityContext ?? {};
    for (const { container, label } of containersOf(workload)) {
      const own = container.securityContext ?? {};
      const fail = (rule: string, message: string) => findings.push({ rule, object: label, message });
      const runAsUser = own.runAsUser ?? pod.runAsUser;
      if ((own.runAsNonRoot ?? pod.runAsNonRoot) !== true || runAsUser === undefined || runAsUser === 0) {
        fail('run-as-non-root', 'needs runAsNonRoot: true and a numeric runAsUser other than 0');
      }
      if (own.readOnlyRootFilesystem !== true) {
        fail(
          'read-only-root-filesystem',
          'needs readOnlyRootFilesystem: true (mount an emptyDir where it writes)',
        );
      }
      // The images write only to /tmp (decision 1410, e2e/container-runtime): any other writable
      // mount is a place state could hide in, or a sign an image writes where it should not.
      const writable = (container.volumeMounts ?? []).filter(
        (mount) => mount.readOnly !== true && mount.mountPath !== '/tmp',
      );
      if (writable.length > 0) {
        fail(
          'writable-tmp-only',
          `mounts ${writable.map((mount) => mount.mountPath).join(', ')} writable; only /tmp may be (or mount it readOnly)`,
        );
      }
      if (own.allowPrivilegeEscalation !== false || own.privileged === true) {
        fail('no-privilege-escalation', 'needs allowPrivilegeEscalation: false and must not be privileged');
      }
      const dropped = own.capabilities?.drop ?? [];
      if (!dropped.includes('ALL') || (own.capabilities?.add ?? []).length > 0) {
        fail('drop-all-capabilities', 'needs capabilities.drop: [ALL] and nothing added');
      }
      if ((own.seccompProfile ?? pod.seccompProfile)?.type !== 'RuntimeDefault') {
        fail('seccomp-runtime-default', 'needs seccompProfile.type: RuntimeDefault');
      }
    }
  }
  return findings;
}
