import {
  browserApiErrorsIntegration,
  dedupeIntegration,
  eventFiltersIntegration,
  functionToStringIntegration,
  globalHandlersIntegration,
  init,
  isInitialized,
  linkedErrorsIntegration,
} from '@sentry/browser';
import { noPersonalDataCollection } from '@packyourbag/error-reports/browser';
import type { BrowserErrorReportsOptions } from './browser-error-reports-options';

/**
 * Starts Sentry's browser SDK once per page load (decision 1381): uncaught errors and unhandled
 * rejections only, sent to the web server's same-origin tunnel, which scrubs them again with the
 * services' scrubber before they leave. No breadcrumbs, sessions, client reports, tracing or
 * replay; nothing about the user, cookies, headers, bodies or query strings.
 */
export function startBrowserErrorReports(options: BrowserErrorReportsOptions): void {
  if (isInitialized()) return;
  init({
    dsn: options.dsn,
    tunnel: options.tunnelPath,
    release: options.release,
    environment: options.environment,
    initialScope: {
      tags: {
        service: options.serviceName,
        ...(options.requestId ? { request_id: options.requestId } : {}),
        ...(options.traceId ? { trace_id: options.traceId } : {}),
      },
    },
    defaultIntegrations: false,
    integrations: [
      eventFiltersIntegration(),
      functionToStringIntegration(),
      browserApiErrorsIntegration(),
      globalHandlersIntegration(),
      linkedErrorsIntegration(),
      dedupeIntegration(),
    ],
    dataCollection: noPersonalDataCollection(),
    sendClientReports: false,
    maxBreadcrumbs: 0,
    beforeBreadcrumb: () => null,
    beforeSend: (event) => {
      // The page's address without its query string, and nothing else about the request or user.
      const { user: _user, request, ...rest } = event;
      const url = request?.url?.split(/[?#]/)[0];
      return url ? { ...rest, request: { url } } : rest;
    },
  });
}
