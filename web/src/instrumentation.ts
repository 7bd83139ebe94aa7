import { reportThroughProcess } from '@packyourbag/error-reports/process-reporter';
import type { Instrumentation } from 'next';

/**
 * Next calls this for an error it caught while rendering a page or running a route handler (never
 * for notFound() or redirect()): one error report, tagged with the request id the page was asked
 * with (decision 1360). It goes through the SDK the web server (src/server/main.ts) started, so the
 * bundle holds no copy of it; without SENTRY_DSN nothing is sent.
 */
export const onRequestError: Instrumentation.onRequestError = (error, request) => {
  const requestId = request.headers['x-request-id'];
  reportThroughProcess(error, typeof requestId === 'string' ? { requestId } : {});
};
