import { resolve } from 'node:path';
import { listOverlays, type Overlay } from '../render/overlays.js';
import { renderOverlay } from '../render/render-overlay.js';
import type { KubeObject } from '../render/kube-object.js';

/** The repository's deploy/kubernetes, whose overlays the specs check and mutate. */
export const KUBERNETES_DIR = resolve(import.meta.dirname, '../../../../deploy/kubernetes');

let production: Promise<KubeObject[]> | undefined;

/** The production overlay as kubectl renders it (once per spec file); mutate a copy, never this. */
export async function renderedProduction(): Promise<KubeObject[]> {
  production ??= listOverlays(KUBERNETES_DIR).then((overlays) => {
    const overlay = overlays.find((candidate: Overlay) => candidate.production);
    if (!overlay) throw new Error('deploy/kubernetes/overlays/production is missing');
    return renderOverlay(overlay.directory);
  });
  return structuredClone(await production);
}

/** The object of that kind and name in a rendered overlay (throws if absent). */
export function find<T = KubeObject>(objects: KubeObject[], kind: string, name: string): T {
  const object = objects.find(
    (candidate) => candidate.kind === kind && candidate.metadata.name.startsWith(name),
  );
  if (!object) throw new Error(`no ${kind}/${name} in the rendered overlay`);
  return object as T;
}

/** The rule names of a list of findings, once each. */
export function rulesOf(findings: ReadonlyArray<{ rule: string }>): string[] {
  return [...new Set(findings.map((finding) => finding.rule))].sort();
}
