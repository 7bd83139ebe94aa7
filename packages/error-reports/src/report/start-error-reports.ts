import * as Sentry from '@sentry/node';
import {
  readErrorReportsConfig,
  ErrorReportsConfigError,
  type ErrorReportsConfig,
  type ReadErrorReportsConfigOptions,
} from '../config/error-reports-config.js';
import { noPersonalDataCollection } from '../config/personal-data-collection.js';
import { scrubEvent } from '../scrub/scrub-event.js';
import { registerProcessReporter } from './process-reporter.js';
import { reportUnexpectedError } from './report-unexpected-error.js';

export interface StartErrorReportsOptions extends ReadErrorReportsConfigOptions {
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts Sentry's SDK for this process, or nothing at all when SENTRY_DSN is unset (decision 1360).
 * Errors only: no Sentry tracing, no tracer provider of its own (the process's OpenTelemetry SDK,
 * when started, is the only one), no automatic instrumentation or breadcrumbs; the process-level
 * handlers report uncaught exceptions and unhandled rejections and still end the process as Node
 * would. A bad SENTRY_DSN stops the process with one line naming the variable.
 */
export function startErrorReports(options: StartErrorReportsOptions): ErrorReportsConfig {
  let config: ErrorReportsConfig;
  try {
    config = readErrorReportsConfig(options.env ?? process.env, options);
  } catch (error) {
    if (!(error instanceof ErrorReportsConfigError)) throw error;
    console.error(`${options.serviceName}: ${error.message}`);
    process.exit(1);
  }
  if (!config.enabled) return config;

  Sentry.init({
    dsn: config.dsn,
    environment: config.environment,
    release: config.release,
    initialScope: { tags: { service: config.serviceName } },
    // Nothing about the user or the request collected on its own (as in the browser), nor what a
    // server adds: query parameters, queue messages, local variables. Scrubbed again in beforeSend.
    dataCollection: {
      ...noPersonalDataCollection(),
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
    },
    // One tracer provider per process, OpenTelemetry's (packages/telemetry): Sentry 11 registers
    // none unless asked (its spelling of v8–10's skipOpenTelemetrySetup: true), transforms no
    // modules, and openTelemetryIntegration attaches each report to the active OpenTelemetry span.
    enableOpenTelemetrySetup: false,
    enableRuntimeChannelInjection: false,
    // Only what a report needs; no http/console/database instrumentation (breadcrumbs of URLs and
    // log lines are where personal data hides).
    defaultIntegrations: false,
    integrations: [
      Sentry.openTelemetryIntegration(),
      Sentry.eventFiltersIntegration(),
      Sentry.functionToStringIntegration(),
      Sentry.linkedErrorsIntegration(),
      Sentry.dedupeIntegration(),
      Sentry.nodeContextIntegration(),
      Sentry.contextLinesIntegration(),
      Sentry.onUncaughtExceptionIntegration(),
      // 'strict' ends the process after reporting, as Node does without a listener.
      Sentry.onUnhandledRejectionIntegration({ mode: 'strict' }),
    ],
    maxBreadcrumbs: 0,
    // No Sentry tracing (no tracesSampleRate); were a transaction ever made, 'static' is the
    // lifecycle in which beforeSendTransaction sees it.
    traceLifecycle: 'static',
    beforeSend: (event) => scrubEvent(event),
    beforeSendTransaction: (event) => scrubEvent(event),
    beforeBreadcrumb: () => null,
  });
  registerProcessReporter(reportUnexpectedError);
  return config;
}

/** Sends what is queued (a closing process), waiting at most `timeoutMs`. */
export async function flushErrorReports(timeoutMs = 2000): Promise<void> {
  if (Sentry.isInitialized()) await Sentry.flush(timeoutMs);
}
