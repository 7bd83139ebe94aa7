import { startSentryReceiver, type SentryReceiver } from '@packyourbag/error-reports/testing';
import type { RunningStack, ServiceName } from '@packyourbag/stack';
import { startOtlpReceiver, type OtlpReceiver } from '../observability-traces/otlp-receiver.js';
import { startScenarioStack } from './scenario-stack.js';

/** A stack whose services report to a stand-in for Sentry's ingest and export traces to a receiver. */
export interface ReportingStack {
  /** Where SENTRY_DSN points: the envelopes the services (and the web server's tunnel) sent. */
  receiver: SentryReceiver;
  /** Where OTEL_EXPORTER_OTLP_ENDPOINT points (OTLP/HTTP JSON). */
  traces: OtlpReceiver;
  stack: RunningStack;
  /** Stops the stack, then both receivers. */
  stop(): Promise<void>;
}

/**
 * The error-report scenarios' stack of their own (decisions 1360, 1381): SENTRY_DSN at a local
 * stand-in for Sentry's ingest, environment `e2e`, release `e2e0sha`, tracing on so that a report's
 * trace id can be checked against the trace. `env` adds to that environment.
 */
export async function startReportingStack(
  services: ServiceName[],
  env: Record<string, string> = {},
): Promise<ReportingStack> {
  const [receiver, traces] = await Promise.all([startSentryReceiver(), startOtlpReceiver()]);
  const closeReceivers = () => Promise.all([receiver.close(), traces.close()]).then(() => undefined);
  let stack: RunningStack;
  try {
    stack = await startScenarioStack({
      services,
      env: {
        ...process.env,
        SENTRY_DSN: receiver.dsn,
        SENTRY_ENVIRONMENT: 'e2e',
        GIT_SHA: 'e2e0sha',
        OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        ...env,
      },
    });
  } catch (error) {
    await closeReceivers();
    throw error;
  }
  return {
    receiver,
    traces,
    stack,
    async stop() {
      await stack.stop();
      await closeReceivers();
    },
  };
}
