/**
 * What the OpenTelemetry SDK of one process is started with, read from the standard OTEL_*
 * variables only (decision 1350). No endpoint, or OTEL_SDK_DISABLED=true, means tracing is off and
 * nothing of the SDK is loaded.
 */
export type TelemetryConfig = { enabled: false } | EnabledTelemetryConfig;

export interface EnabledTelemetryConfig {
  enabled: true;
  /** Where spans go: OTEL_EXPORTER_OTLP_ENDPOINT plus `/v1/traces`. */
  tracesUrl: string;
  /** OTEL_EXPORTER_OTLP_PROTOCOL: `http/protobuf` (the specification's default) or `http/json`. */
  protocol: OtlpProtocol;
  /** OTEL_SERVICE_NAME, else the process's own name (router, auth, …). */
  serviceName: string;
  sampler: SamplerConfig;
  /** Whether a caller's `traceparent` continues its trace here (edge services, decision 1350). */
  trustIncomingTraceparent: boolean;
}

export const OTLP_PROTOCOLS = ['http/protobuf', 'http/json'] as const;
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number];

export const SAMPLERS = [
  'always_on',
  'always_off',
  'traceidratio',
  'parentbased_always_on',
  'parentbased_always_off',
  'parentbased_traceidratio',
] as const;
export type SamplerName = (typeof SAMPLERS)[number];

export interface SamplerConfig {
  /** OTEL_TRACES_SAMPLER. @default 'parentbased_always_on' */
  name: SamplerName;
  /** OTEL_TRACES_SAMPLER_ARG, the ratio of the `*traceidratio` samplers. @default 1 */
  ratio: number;
}

export interface ReadTelemetryConfigOptions {
  /** The service name when OTEL_SERVICE_NAME is unset. */
  serviceName: string;
  /**
   * The variable that says whether callers' `traceparent` is honoured (`true` / `false`), for a
   * service that callers reach directly (ROUTER_TRUST_TRACEPARENT). Without it, services trust
   * their callers: only the router reaches a subgraph, with its proof.
   */
  trustTraceparentVariable?: string;
  /** @default false for edge services (those with trustTraceparentVariable) */
  trustTraceparentDefault?: boolean;
}

export class TelemetryConfigError extends Error {
  override name = 'TelemetryConfigError';
}

export function readTelemetryConfig(
  env: NodeJS.ProcessEnv,
  options: ReadTelemetryConfigOptions,
): TelemetryConfig {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!endpoint || booleanOf(env, 'OTEL_SDK_DISABLED', false)) return { enabled: false };
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new TelemetryConfigError(`OTEL_EXPORTER_OTLP_ENDPOINT must be a URL, got "${endpoint}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TelemetryConfigError(`OTEL_EXPORTER_OTLP_ENDPOINT must be http(s), got "${endpoint}".`);
  }
  return {
    enabled: true,
    tracesUrl: `${endpoint.replace(/\/+$/, '')}/v1/traces`,
    protocol: oneOf(env, 'OTEL_EXPORTER_OTLP_PROTOCOL', OTLP_PROTOCOLS, 'http/protobuf'),
    serviceName: env.OTEL_SERVICE_NAME?.trim() || options.serviceName,
    sampler: samplerOf(env),
    trustIncomingTraceparent: options.trustTraceparentVariable
      ? booleanOf(env, options.trustTraceparentVariable, options.trustTraceparentDefault ?? false)
      : true,
  };
}

function samplerOf(env: NodeJS.ProcessEnv): SamplerConfig {
  const name = oneOf(env, 'OTEL_TRACES_SAMPLER', SAMPLERS, 'parentbased_always_on');
  const arg = env.OTEL_TRACES_SAMPLER_ARG?.trim();
  if (!name.endsWith('traceidratio') || !arg) return { name, ratio: 1 };
  const ratio = Number(arg);
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new TelemetryConfigError(`OTEL_TRACES_SAMPLER_ARG must be a ratio from 0 to 1, got "${arg}".`);
  }
  return { name, ratio };
}

function oneOf<Value extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  values: readonly Value[],
  fallback: Value,
): Value {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (!(values as readonly string[]).includes(value)) {
    throw new TelemetryConfigError(`${name} must be one of ${values.join(', ')}, got "${value}".`);
  }
  return value as Value;
}

function booleanOf(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new TelemetryConfigError(`${name} must be true or false, got "${value}".`);
}
