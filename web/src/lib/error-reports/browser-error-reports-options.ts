import type { BrowserReportsConfig } from '@packyourbag/error-reports/browser';

/** What the page's browser SDK starts with: the server's settings and the page request's ids. */
export interface BrowserErrorReportsOptions extends BrowserReportsConfig {
  /** The `x-request-id` the page was asked with (set by the ingress), when it had a plain one. */
  requestId?: string;
  /** The trace of the page's server render, when tracing is on. */
  traceId?: string;
}
