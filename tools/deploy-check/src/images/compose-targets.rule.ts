import { posix } from 'node:path';
import type { Finding } from '../policy/finding.js';
import type { Dockerfile } from './dockerfile.js';
import { finalStages } from './stage-graph.js';

/** The part of docker-compose.yml this rule reads. */
export interface ComposeFile {
  services: Record<
    string,
    { image?: string; build?: { context?: string; dockerfile?: string; target?: string } }
  >;
}

/** `registry/packyourbag/router:${IMAGE_TAG:-dev}` → `registry/packyourbag/router`. */
export const imageName = (image: string) => image.replace(/@.*$/, '').replace(/:[^/]*$/, '');

/**
 * Compose builds each service from a named target that is an image of its Dockerfile, and tags it
 * with a name; every image deploy/kubernetes runs is one compose builds (so the recipe the
 * manifests rely on is the one CI checks).
 */
export function checkComposeTargets(
  compose: ComposeFile,
  dockerfiles: readonly Dockerfile[],
  kubernetesImages: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  const built = new Set<string>();
  for (const [service, { build, image }] of Object.entries(compose.services)) {
    if (!build) continue;
    const object = `docker-compose.yml services.${service}`;
    const path = posix.normalize(posix.join(build.context ?? '.', build.dockerfile ?? 'Dockerfile'));
    const dockerfile = dockerfiles.find((each) => each.path === path);
    const targets = dockerfile ? finalStages(dockerfile).map((stage) => stage.name) : [];
    if (!dockerfile) {
      findings.push({ rule: 'image-targets', object, message: `builds ${path}, which does not exist` });
    } else if (!build.target || !targets.includes(build.target)) {
      findings.push({
        rule: 'image-targets',
        object,
        message: `target "${build.target ?? ''}" is not an image of ${path} (${targets.join(', ')})`,
      });
    }
    if (image) built.add(imageName(image));
    else
      findings.push({ rule: 'image-targets', object, message: 'builds an image without naming it (image:)' });
  }
  for (const image of new Set(kubernetesImages.map(imageName))) {
    if (!built.has(image)) {
      findings.push({
        rule: 'image-targets',
        object: `deploy/kubernetes ${image}`,
        message: `no compose service builds ${image}; add one with its Dockerfile target`,
      });
    }
  }
  return findings;
}
