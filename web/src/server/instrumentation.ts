// The first import of main.ts: instrumentations patch http, pg, pino and the rest as they are
// required, so tracing starts before any of them loads. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
import { startTracing } from '@packyourbag/telemetry/start';

startTracing({ serviceName: 'web', trustTraceparentVariable: 'WEB_TRUST_TRACEPARENT' });
