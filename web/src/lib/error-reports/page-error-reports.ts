import { browserReportsConfig } from '@packyourbag/error-reports/browser';
import { activeTraceId } from '@packyourbag/telemetry';
import { headers } from 'next/headers';
import type { BrowserErrorReportsOptions } from './browser-error-reports-options';

/** A request id worth a tag: short and plain (anything else could carry what a report must not). */
const PLAIN_REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * The browser error-report settings for this page (decision 1381), or undefined when error reports
 * are off: what the web server registered at start-up, with the page request's id and trace id.
 * Server components only.
 */
export async function readPageErrorReports(): Promise<BrowserErrorReportsOptions | undefined> {
  const config = browserReportsConfig();
  if (!config) return undefined;
  const requestId = (await headers()).get('x-request-id') ?? undefined;
  const traceId = activeTraceId();
  return {
    ...config,
    ...(requestId && PLAIN_REQUEST_ID.test(requestId) ? { requestId } : {}),
    ...(traceId ? { traceId } : {}),
  };
}
