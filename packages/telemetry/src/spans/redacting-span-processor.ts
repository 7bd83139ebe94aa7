import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Attributes that carry a URL: the query (GraphQL variables on a GET, a reset token) is cut off. */
const URL_ATTRIBUTES = ['http.url', 'http.target', 'url.full', 'url.path', 'http.route'];
/** Attributes dropped wherever an instrumentation puts them. */
const QUERY_ATTRIBUTES = ['url.query'];
/** Attribute names that must never leave the process, whichever instrumentation set them. */
const SENSITIVE_NAME = /authorization|cookie|password|passphrase|token|secret|email|variables/i;

/**
 * The last stop before export (decision 1350): whatever the instrumentations recorded, a span
 * leaves without a URL query string and without attributes whose name says they hold credentials,
 * personal data or GraphQL variables. Instrumentations are configured not to record values too;
 * this is the one place that holds even when a new one is added.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }

  onEnding(span: Span): void {
    redact(span);
    this.next.onEnding?.(span);
  }

  onEnd(span: ReadableSpan): void {
    this.next.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/** Edits the span's attributes in place (it is still open: onEnding runs before it ends). */
export function redact(span: { attributes: Record<string, unknown> }): void {
  const attributes = span.attributes;
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (QUERY_ATTRIBUTES.includes(name) || SENSITIVE_NAME.test(name)) {
      delete attributes[name];
    } else if (URL_ATTRIBUTES.includes(name) && typeof value === 'string') {
      attributes[name] = value.split('?')[0];
    }
  }
}
