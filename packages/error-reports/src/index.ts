export { runningPackageVersion } from './config/running-package-version.js';
export {
  readErrorReportsConfig,
  ErrorReportsConfigError,
  type ErrorReportsConfig,
  type ReadErrorReportsConfigOptions,
} from './config/error-reports-config.js';
export {
  startErrorReports,
  flushErrorReports,
  type StartErrorReportsOptions,
} from './report/start-error-reports.js';
export { reportUnexpectedError, type UnexpectedErrorContext } from './report/report-unexpected-error.js';
export { scrubEvent } from './scrub/scrub-event.js';
export { scrubText, scrubValue, isSensitiveKey, FILTERED } from './scrub/scrub-text.js';
export {
  createBrowserEnvelopeTunnel,
  scrubBrowserEnvelope,
  type BrowserEnvelopeTunnel,
  type BrowserEnvelopeTunnelOptions,
} from './tunnel/browser-envelope-tunnel.js';
export {
  parseEnvelope,
  serializeEnvelope,
  EnvelopeFormatError,
  type SentryEnvelope,
  type EnvelopeItem,
} from './envelope/sentry-envelope.js';
