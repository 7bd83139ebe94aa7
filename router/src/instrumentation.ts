// The first import of main.ts: instrumentations patch http, pg, pino and the rest as they are
// required, so tracing starts before any of them loads. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
import {
  TRACE_PROOF_HEADER,
  TRACE_PROOF_TIMESTAMP_HEADER,
  verifyTraceProof,
} from '@packyourbag/service-kit/client-address';
import { startTracing } from '@packyourbag/telemetry/start';

// The web server proves the traces it starts with CLIENT_ADDRESS_SECRET (the key it already signs
// client addresses with, 0713), so its page renders and the router's spans are one trace even
// where callers' traceparent is not trusted (decision 1380). The router's config checks the
// variable's length later; a short one simply never verifies here.
const webSecret = process.env.CLIENT_ADDRESS_SECRET || undefined;

startTracing({
  serviceName: 'router',
  trustTraceparentVariable: 'ROUTER_TRUST_TRACEPARENT',
  ...(webSecret
    ? {
        trustCaller: (header) =>
          verifyTraceProof({
            secret: webSecret,
            traceparent: header('traceparent'),
            proof: header(TRACE_PROOF_HEADER),
            timestamp: header(TRACE_PROOF_TIMESTAMP_HEADER),
          }),
      }
    : {}),
});
