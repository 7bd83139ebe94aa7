import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { Finding } from './finding.js';
import { containersOf, podWorkloads } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/**
 * In production every service container runs with NODE_ENV=production (services then refuse
 * development secrets and turn off introspection and suggestions). The value is resolved as the
 * kubelet does: ConfigMaps named by envFrom in order, then env entries, the last one winning.
 */
export function checkProductionMode(
  objects: readonly KubeObject[],
  options: { production: boolean },
): Finding[] {
  if (!options.production) return [];
  const configMaps = new Map(
    objects
      .filter((object) => object.kind === 'ConfigMap')
      .map((object) => [
        `${object.metadata.namespace}/${object.metadata.name}`,
        object as unknown as IConfigMap,
      ]),
  );
  const findings: Finding[] = [];
  for (const workload of podWorkloads(objects)) {
    if (workload.object.kind !== 'Deployment') continue;
    const namespace = workload.object.metadata.namespace;
    for (const { container, label } of containersOf(workload)) {
      let nodeEnv: string | undefined;
      for (const source of container.envFrom ?? []) {
        const name = source.configMapRef?.name;
        const value = name ? configMaps.get(`${namespace}/${name}`)?.data?.['NODE_ENV'] : undefined;
        if (value !== undefined) nodeEnv = value;
      }
      const own = container.env?.find((variable) => variable.name === 'NODE_ENV');
      if (own) nodeEnv = own.value;
      if (nodeEnv !== 'production') {
        findings.push({
          rule: 'production-mode',
          object: label,
          message: `runs with NODE_ENV=${nodeEnv ?? '(unset)'}; production needs NODE_ENV=production`,
        });
      }
    }
  }
  return findings;
}
