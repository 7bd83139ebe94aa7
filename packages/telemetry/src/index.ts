export {
  readTelemetryConfig,
  TelemetryConfigError,
  OTLP_PROTOCOLS,
  SAMPLERS,
  type TelemetryConfig,
  type EnabledTelemetryConfig,
  type OtlpProtocol,
  type SamplerConfig,
  type SamplerName,
  type ReadTelemetryConfigOptions,
} from './config/telemetry-config.js';
export { nameRequestSpan } from './spans/request-span.js';
export { activeTraceId } from './spans/active-trace-id.js';
