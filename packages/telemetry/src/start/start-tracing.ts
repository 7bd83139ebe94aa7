import {
  readTelemetryConfig,
  TelemetryConfigError,
  type EnabledTelemetryConfig,
  type ReadTelemetryConfigOptions,
} from '../config/telemetry-config.js';
import type { TrustCaller } from '../propagation/caller-trace-propagator.js';
import type { InstrumentationOptions } from './instrumentations.js';

export interface StartTracingOptions extends ReadTelemetryConfigOptions, InstrumentationOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /**
   * For an edge service that does not trust its callers' `traceparent`: a check of a request's
   * headers that lets one caller continue its trace anyway (the router: the web server's trace
   * proof, decision 1380). @default none
   */
  trustCaller?: TrustCaller;
}

export interface Tracing {
  config: EnabledTelemetryConfig;
  /** Exports what is buffered and stops. */
  shutdown(): Promise<void>;
}

/** The SDK this process started, for shutdownTracing. */
let running: Tracing | undefined;

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
  const sdk = startSdk(config, options, options.trustCaller);
  running = { config, shutdown: () => sdk.shutdown() };
  return running;
}

/**
 * Exports the spans still buffered and stops the SDK, waiting at most `timeoutMs`; a no-op when
 * tracing is off. Every process awaits it on SIGTERM/SIGINT after its servers and consumers closed
 * (so their last spans have ended) and before `process.exit`: the batch processor would otherwise
 * drop up to OTEL_BSP_SCHEDULE_DELAY's worth of spans, the ones of a failing shutdown included.
 */
export async function shutdownTracing(timeoutMs = 5000): Promise<void> {
  const tracing = running;
  if (!tracing) return;
  running = undefined;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<void>((done) => {
    timer = setTimeout(done, timeoutMs);
    timer.unref();
  });
  // An unreachable collector must not hold the exit: the spans are given up after the timeout.
  await Promise.race([tracing.shutdown().catch(() => undefined), timedOut]);
  clearTimeout(timer);
}
