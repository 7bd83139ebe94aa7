import { trace } from '@opentelemetry/api';
import * as Sentry from '@sentry/node';

export interface UnexpectedErrorContext {
  /** The request's `x-request-id`, when the error happened while serving one. */
  requestId?: string;
  /** Anything else an operator needs to find the case (no personal data: it is scrubbed anyway). */
  extra?: Record<string, unknown>;
}

/**
 * Reports one unexpected error — the kind callers only see masked as INTERNAL_SERVER_ERROR — with
 * the request id and the active OpenTelemetry span's trace id. A caller's mistake is never passed
 * here. Does nothing when error reports are off.
 */
export function reportUnexpectedError(error: unknown, context: UnexpectedErrorContext = {}): void {
  if (!Sentry.isInitialized()) return;
  const spanContext = trace.getActiveSpan()?.spanContext();
  const traceId = spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
  Sentry.captureException(error, {
    tags: {
      ...(context.requestId ? { request_id: context.requestId } : {}),
      ...(traceId ? { trace_id: traceId } : {}),
    },
    ...(spanContext && traceId
      ? { contexts: { trace: { trace_id: traceId, span_id: spanContext.spanId } } }
      : {}),
    ...(context.extra ? { extra: context.extra } : {}),
  });
}
