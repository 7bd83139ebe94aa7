import type { UnexpectedErrorContext } from './report-unexpected-error.js';

type Reporter = (error: unknown, context?: UnexpectedErrorContext) => void;

/** Where startErrorReports leaves this process's reporter for code bundled apart from it. */
const PROCESS_REPORTER = Symbol.for('packyourbag.error-reports.reporter');

/** Called by startErrorReports once Sentry is initialised. */
export function registerProcessReporter(reporter: Reporter): void {
  (globalThis as Record<symbol, unknown>)[PROCESS_REPORTER] = reporter;
}

/**
 * `reportUnexpectedError` for code that a bundler compiles apart from the process's entry point
 * (Next's instrumentation hook): it reaches the SDK the process started without a second copy of
 * it in the bundle. Does nothing when error reports are off.
 */
export function reportThroughProcess(error: unknown, context?: UnexpectedErrorContext): void {
  const reporter = (globalThis as Record<symbol, unknown>)[PROCESS_REPORTER];
  if (typeof reporter === 'function') (reporter as Reporter)(error, context);
}
