import type { Finding } from './finding.js';
import { containersOf, podWorkloads } from './pod-templates.js';
import type { KubeObject } from '../render/kube-object.js';

/** Every image names a tag or digest that the overlay set, never `latest` or nothing. */
export function checkImagesPinned(objects: readonly KubeObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const workload of podWorkloads(objects)) {
    for (const { container, label } of containersOf(workload)) {
      const image = container.image ?? '';
      const lastPart = image.split('/').at(-1) ?? '';
      const tag = image.includes('@') ? 'digest' : lastPart.split(':')[1];
      if (tag === undefined || tag === '' || tag === 'latest') {
        findings.push({
          rule: 'image-pinned',
          object: label,
          message: `image "${image}" has no tag; set one in the overlay's images: list`,
        });
      }
    }
  }
  return findings;
}
