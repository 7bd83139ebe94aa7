import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Link,
} from '@opentelemetry/api';
import type { LifecycleEvent } from './lifecycle-event.js';

/**
 * Trace context across the queue (decision 1350): an event remembers the W3C `traceparent` of the
 * request that wrote it, and the consumer's span links to that request. A link, not a parent: the
 * event is handled later, maybe many times, and each handling is a trace of its own. Without the
 * OpenTelemetry SDK started these are no-ops.
 */
export function traceParentOfActiveSpan(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'];
}

const tracer = trace.getTracer('@packyourbag/lifecycle-events');

/** Runs `work` in a CONSUMER span for one delivery of `event`, linked to the request that caused it. */
export function inConsumerSpan<Result>(
  consumer: string,
  event: LifecycleEvent,
  attempt: number,
  work: () => Promise<Result>,
): Promise<Result> {
  return tracer.startActiveSpan(
    `${event.type} process`,
    {
      kind: SpanKind.CONSUMER,
      root: true,
      links: linkTo(event.traceParent),
      attributes: {
        'messaging.system': 'pyb-lifecycle-events',
        'messaging.operation.type': 'process',
        'messaging.destination.name': event.type,
        'messaging.consumer.group.name': consumer,
        'messaging.message.id': event.id,
        'messaging.message.delivery_attempt': attempt,
      },
    },
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: error instanceof Error ? error.message : String(error),
        });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

function linkTo(traceParent: string | undefined): Link[] {
  if (!traceParent) return [];
  const linked = trace.getSpanContext(propagation.extract(ROOT_CONTEXT, { traceparent: traceParent }));
  return linked ? [{ context: linked }] : [];
}
