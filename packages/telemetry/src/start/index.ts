export { startTracing, shutdownTracing, type StartTracingOptions, type Tracing } from './start-tracing.js';
export type { TrustCaller } from '../propagation/caller-trace-propagator.js';
