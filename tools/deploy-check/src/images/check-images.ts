import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Finding } from '../policy/finding.js';
import { checkComposeTargets, type ComposeFile } from './compose-targets.rule.js';
import { parseDockerfile, type Dockerfile } from './dockerfile.js';
import {
  checkNonRoot,
  checkProductionDependencies,
  checkReadOnlyRoot,
  checkSharedStages,
} from './image.rules.js';
import { finalStages } from './stage-graph.js';

export const repositoryDir = resolve(import.meta.dirname, '../../../..');
const SKIPPED = new Set([
  'node_modules',
  '.git',
  '.next',
  'dist',
  '.data',
  'test-output',
  'storybook-static',
]);

/** Every file named Dockerfile or *.Dockerfile / Dockerfile.* in the repository. */
export async function findDockerfiles(root = repositoryDir): Promise<Dockerfile[]> {
  const found: Dockerfile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/^Dockerfile(\..+)?$|\.Dockerfile$/.test(entry.name)) {
        found.push(parseDockerfile(relative(root, path), await readFile(path, 'utf8')));
      }
    }
  };
  await walk(root);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The images the base manifests run (`image: packyourbag/…`). */
export async function kubernetesImages(root = repositoryDir): Promise<string[]> {
  const images: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.yaml')) {
        for (const match of (await readFile(path, 'utf8')).matchAll(/^\s*image:\s*(\S+)/gm))
          images.push(match[1]!);
      }
    }
  };
  await walk(join(root, 'deploy/kubernetes/base'));
  return images;
}

export interface ImagesInput {
  dockerfiles: Dockerfile[];
  compose: ComposeFile;
  kubernetesImages: string[];
}

export async function readImagesInput(root = repositoryDir): Promise<ImagesInput> {
  return {
    dockerfiles: await findDockerfiles(root),
    compose: parse(await readFile(join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile,
    kubernetesImages: await kubernetesImages(root),
  };
}

export interface ImagesReport {
  /** `Dockerfile: router, subgraph, …` per file. */
  images: string[];
  findings: Finding[];
}

/** Every image rule over the Dockerfiles, compose's build targets and the manifests' images. */
export function checkImages(input: ImagesInput): ImagesReport {
  const findings = [
    ...input.dockerfiles.flatMap((dockerfile) => [
      ...checkNonRoot(dockerfile),
      ...checkProductionDependencies(dockerfile),
      ...checkReadOnlyRoot(dockerfile),
    ]),
    ...checkSharedStages(input.dockerfiles),
    ...checkComposeTargets(input.compose, input.dockerfiles, input.kubernetesImages),
  ];
  const images = input.dockerfiles.map(
    (dockerfile) =>
      `${dockerfile.path}: ${finalStages(dockerfile)
        .map((stage) => stage.name)
        .join(', ')}`,
  );
  return { images, findings };
}
