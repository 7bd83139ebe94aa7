export { checkOverlay, type OverlayReport } from './check-overlay.js';
export { checkPolicy, type Finding, type PolicyOptions } from './policy/index.js';
export { listOverlays, type Overlay } from './render/overlays.js';
export { renderOverlay, parseObjects, RenderError } from './render/render-overlay.js';
export type { KubeObject } from './render/kube-object.js';
export { validateSchemas } from './schema/validate-schema.js';
