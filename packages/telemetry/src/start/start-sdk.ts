import { OTLPTraceExporter as OtlpJsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as OtlpProtobufTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { envDetector, hostDetector } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { EnabledTelemetryConfig } from '../config/telemetry-config.js';
import { CallerTracePropagator, type TrustCaller } from '../propagation/caller-trace-propagator.js';
import { RedactingSpanProcessor } from '../spans/redacting-span-processor.js';
import { instrumentations, type InstrumentationOptions } from './instrumentations.js';
import { samplerFromConfig } from './sampler-from-config.js';

/** The SDK itself: loaded only when tracing is on (start-tracing.ts requires this file then). */
export function startSdk(
  config: EnabledTelemetryConfig,
  options: InstrumentationOptions,
  trustCaller?: TrustCaller,
): NodeSDK {
  const exporter =
    config.protocol === 'http/json'
      ? new OtlpJsonTraceExporter({ url: config.tracesUrl })
      : new OtlpProtobufTraceExporter({ url: config.tracesUrl });
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    // OTEL_RESOURCE_ATTRIBUTES and the host; not the process detector, whose command line is noise.
    resourceDetectors: [envDetector, hostDetector],
    sampler: samplerFromConfig(config.sampler),
    textMapPropagator: new CallerTracePropagator(config.trustIncomingTraceparent, trustCaller),
    // OTEL_BSP_* (delay, batch and queue sizes) apply to the batch processor.
    spanProcessors: [new RedactingSpanProcessor(new BatchSpanProcessor(exporter))],
    instrumentations: instrumentations(options),
    // Traces only: metrics stay on /metrics (Prometheus) and logs on stdout.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return sdk;
}
