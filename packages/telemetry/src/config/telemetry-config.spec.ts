import { describe, expect, it } from 'vitest';
import { readTelemetryConfig, TelemetryConfigError } from './telemetry-config.js';

const ENDPOINT = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' };
const read = (env: NodeJS.ProcessEnv) => readTelemetryConfig(env, { serviceName: 'packing' });

describe('readTelemetryConfig', () => {
  it('is off without an endpoint, whatever else is set', () => {
    expect(read({})).toEqual({ enabled: false });
    expect(read({ OTEL_EXPORTER_OTLP_ENDPOINT: '  ', OTEL_SERVICE_NAME: 'x' })).toEqual({ enabled: false });
  });

  it('is off with OTEL_SDK_DISABLED=true even with an endpoint', () => {
    expect(read({ ...ENDPOINT, OTEL_SDK_DISABLED: 'true' })).toEqual({ enabled: false });
    expect(read({ ...ENDPOINT, OTEL_SDK_DISABLED: 'TRUE' })).toEqual({ enabled: false });
    expect(read({ ...ENDPOINT, OTEL_SDK_DISABLED: 'false' }).enabled).toBe(true);
  });

  it('defaults to http/protobuf, parent-based always-on and the process name', () => {
    expect(read(ENDPOINT)).toEqual({
      enabled: true,
      tracesUrl: 'http://127.0.0.1:4318/v1/traces',
      protocol: 'http/protobuf',
      serviceName: 'packing',
      sampler: { name: 'parentbased_always_on', ratio: 1 },
      trustIncomingTraceparent: true,
    });
  });

  it('reads the protocol, service name and a ratio sampler', () => {
    const config = read({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example:4318/',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'packing-eu',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(config).toMatchObject({
      tracesUrl: 'https://collector.example:4318/v1/traces',
      protocol: 'http/json',
      serviceName: 'packing-eu',
      sampler: { name: 'parentbased_traceidratio', ratio: 0.25 },
    });
  });

  it('fails fast naming the variable for a bad value', () => {
    const bad: NodeJS.ProcessEnv[] = [
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' },
      { OTEL_EXPORTER_OTLP_ENDPOINT: 'ftp://collector' },
      { ...ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
      { ...ENDPOINT, OTEL_TRACES_SAMPLER: 'sometimes' },
      { ...ENDPOINT, OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '1.5' },
      { ...ENDPOINT, OTEL_SDK_DISABLED: 'yes' },
    ];
    for (const env of bad) {
      const variable = Object.keys(env).at(-1)!;
      expect(() => read(env)).toThrow(TelemetryConfigError);
      expect(() => read(env)).toThrow(variable);
    }
  });

  it('trusts callers by default, except where a trust variable says otherwise (edge services)', () => {
    const edge = (env: NodeJS.ProcessEnv) =>
      readTelemetryConfig(env, {
        serviceName: 'router',
        trustTraceparentVariable: 'ROUTER_TRUST_TRACEPARENT',
      });
    expect(edge(ENDPOINT)).toMatchObject({ trustIncomingTraceparent: false });
    expect(edge({ ...ENDPOINT, ROUTER_TRUST_TRACEPARENT: 'true' })).toMatchObject({
      trustIncomingTraceparent: true,
    });
    expect(() => edge({ ...ENDPOINT, ROUTER_TRUST_TRACEPARENT: '1' })).toThrow('ROUTER_TRUST_TRACEPARENT');
  });
});
