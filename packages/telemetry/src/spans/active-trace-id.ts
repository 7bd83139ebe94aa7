import { trace } from '@opentelemetry/api';

/**
 * The trace id of the span active here, or undefined when tracing is off or nothing is recorded:
 * what the web app hands its page so that a browser's error report names the trace of the page's
 * server render (decision 1381).
 */
export function activeTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? context.traceId : undefined;
}
