import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { ISecret } from 'kubernetes-models/v1/Secret';
import type { Finding } from './finding.js';
import { containersOf, podWorkloads } from './pod-templates.js';
import { hasUrlCredentials, looksLikeSecretName } from './secret-names.js';
import { describeObject, type KubeObject } from '../render/kube-object.js';

const LITERAL = 'no-literal-secret';

/**
 * Secrets reach containers only as Secret references: no env `value:` or ConfigMap entry whose name
 * looks like a secret or whose value is a URL with a password. In production no Secret object
 * carries data either: they are created out of band, never rendered from the repository.
 */
export function checkSecrets(objects: readonly KubeObject[], options: { production: boolean }): Finding[] {
  const findings: Finding[] = [];
  for (const workload of podWorkloads(objects)) {
    for (const { container, label } of containersOf(workload)) {
      for (const variable of container.env ?? []) {
        if (variable.value === undefined) continue;
        if (looksLikeSecretName(variable.name) || hasUrlCredentials(variable.value)) {
          findings.push({
            rule: LITERAL,
            object: label,
            message: `env ${variable.name} has a literal value; take it from a Secret (secretKeyRef)`,
          });
        }
      }
    }
  }
  for (const object of objects) {
    if (object.kind === 'ConfigMap') {
      for (const [key, value] of Object.entries((object as unknown as IConfigMap).data ?? {})) {
        if (looksLikeSecretName(key) || hasUrlCredentials(value)) {
          findings.push({
            rule: LITERAL,
            object: describeObject(object),
            message: `${key} looks like a secret; put it in a Secret, not a ConfigMap`,
          });
        }
      }
    }
    if (options.production && object.kind === 'Secret') {
      const secret = object as unknown as ISecret;
      if (Object.keys({ ...secret.data, ...secret.stringData }).length > 0) {
        findings.push({
          rule: 'no-secret-data',
          object: describeObject(object),
          message: 'production Secrets are created out of band; none may be rendered with data',
        });
      }
    }
  }
  return findings;
}
