import {
  readTelemetryConfig,
  TelemetryConfigError,
  type EnabledTelemetryConfig,
  type ReadTelemetryConfigOptions,
} from '../config/telemetry-config.js';
import type { InstrumentationOptions } from './instrumentations.js';

export interface StartTracingOptions extends ReadTelemetryConfigOptions, InstrumentationOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

export interface Tracing {
  config: EnabledTelemetryConfig;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry SDK for this process, or nothing at all when no OTLP endpoint is set:
 * then not even the SDK's modules are loaded. Must run before the modules it instruments are
 * loaded (http, pg, ioredis, mongoose, pino, …): each service's `src/instrumentation.ts` calls it
 * and is the first import of its `main.ts`. A bad OTEL_* value stops the process with one line
 * naming the variable.
 */
export function startTracing(options: StartTracingOptions): Tracing | undefined {
  let config;
  try {
    config = readTelemetryConfig(options.env ?? process.env, options);
  } catch (error) {
    if (!(error instanceof TelemetryConfigError)) throw error;
    console.error(`${options.serviceName}: ${error.message}`);
    process.exit(1);
  }
  if (!config.enabled) return undefined;
  // A synchronous require, so the SDK is up before main.ts's next import; only on this path.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startSdk } = require('./start-sdk.js') as typeof import('./start-sdk.js');
  const sdk = startSdk(config, options);
  return { config, shutdown: () => sdk.shutdown() };
}
