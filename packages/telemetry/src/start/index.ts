export { startTracing, shutdownTracing, type StartTracingOptions, type Tracing } from './start-tracing.js';
