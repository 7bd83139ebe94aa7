import { checkPolicy, type Finding } from './policy/index.js';
import type { Overlay } from './render/overlays.js';
import { renderOverlay } from './render/render-overlay.js';
import type { KubeObject } from './render/kube-object.js';
import { validateSchemas } from './schema/validate-schema.js';

export interface OverlayReport {
  overlay: Overlay;
  objects: KubeObject[];
  findings: Finding[];
}

/** Renders one overlay, validates every object's schema, then applies the policy. */
export async function checkOverlay(overlay: Overlay, kubectl?: string): Promise<OverlayReport> {
  const objects = await renderOverlay(overlay.directory, kubectl);
  const findings = [...validateSchemas(objects), ...checkPolicy(objects, { production: overlay.production })];
  return { overlay, objects, findings };
}
