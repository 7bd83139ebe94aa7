export { checkOverlay, type OverlayReport } from './check-overlay.js';
export { checkPolicy, type Finding, type PolicyOptions } from './policy/index.js';
export { listOverlays, type Overlay } from './render/overlays.js';
export { renderOverlay, parseObjects, RenderError } from './render/render-overlay.js';
export type { KubeObject } from './render/kube-object.js';
export { validateSchemas } from './schema/validate-schema.js';
export { checkObservability, type ObservabilityReport } from './observability/check-observability.js';
export {
  collectPromqlExpressions,
  instantiate,
  type PromqlExpression,
} from './observability/promql-expressions.js';
export {
  startPrometheus,
  type RunningPrometheus,
  type ScrapeTarget,
} from './observability/prometheus-server.js';
export {
  checkImages,
  findDockerfiles,
  readImagesInput,
  type ImagesInput,
  type ImagesReport,
} from './images/check-images.js';
export { parseDockerfile, type Dockerfile, type Stage, type Instruction } from './images/dockerfile.js';
