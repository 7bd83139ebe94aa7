import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from './kube-object.js';

const run = promisify(execFile);

/** Thrown when kubectl is missing or cannot render: the message says which and what to do. */
export class RenderError extends Error {
  override name = 'RenderError';
}

/** Renders a Kustomize directory with `kubectl kustomize` (Kustomize 5, built into kubectl). */
export async function renderOverlay(directory: string, kubectl = 'kubectl'): Promise<KubeObject[]> {
  let stdout: string;
  try {
    ({ stdout } = await run(kubectl, ['kustomize', directory], { maxBuffer: 16 * 1024 * 1024 }));
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new RenderError(
        `${kubectl} was not found: install kubectl 1.27 or newer (Kustomize 5 built in) to render deploy/kubernetes.`,
      );
    }
    throw new RenderError(
      `kubectl kustomize ${directory} failed: ${failure.stderr?.trim() || failure.message}`,
    );
  }
  return parseObjects(stdout);
}

/** Every non-empty document of a multi-document YAML stream. */
export function parseObjects(text: string): KubeObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0)
        throw new RenderError(`unreadable YAML: ${document.errors[0]?.message}`);
      return document.toJS() as KubeObject | null;
    })
    .filter((object): object is KubeObject => object !== null);
}
