/**
 * What the page starts the browser SDK with (decision 1381). The web server decides it at start-up
 * from its own error-report settings and leaves it here; the root layout, which Next bundles apart
 * from the server, reads it through this Sentry-free entry (`@packyourbag/error-reports/browser`).
 */
export interface BrowserReportsConfig {
  /** The DSN the envelopes name; the tunnel accepts this one only. Public by design (Sentry's). */
  dsn: string;
  /** Where the browser posts its envelopes: the web server's same-origin tunnel. */
  tunnelPath: string;
  release: string;
  environment: string;
  /** The `service` tag of browser reports. */
  serviceName: string;
}

/** The path the web server serves the tunnel on. */
export const BROWSER_TUNNEL_PATH = '/api/error-reports';

const BROWSER_REPORTS = Symbol.for('packyourbag.error-reports.browser');

/** Called once by the web server when error reports are on. */
export function registerBrowserReports(config: BrowserReportsConfig): void {
  (globalThis as Record<symbol, unknown>)[BROWSER_REPORTS] = config;
}

/** The browser's settings, or undefined when error reports are off. */
export function browserReportsConfig(): BrowserReportsConfig | undefined {
  return (globalThis as Record<symbol, unknown>)[BROWSER_REPORTS] as BrowserReportsConfig | undefined;
}
