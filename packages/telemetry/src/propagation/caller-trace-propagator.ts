import type { Context, TextMapGetter, TextMapPropagator, TextMapSetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * Says from a request's headers whether this caller may continue its own trace here (the router:
 * the web server's trace proof, decision 1380). `header` gives a header's first value.
 */
export type TrustCaller = (header: (name: string) => string | undefined) => boolean;

/**
 * W3C trace context, always injected into what this process calls, extracted from its callers
 * only when trusted. An edge service (the router, the web server) that does not trust its callers
 * starts a trace of its own per request: an anonymous caller cannot then force sampling, or mix its
 * requests into someone else's trace (decision 1350).
 */
export class CallerTracePropagator implements TextMapPropagator {
  private readonly w3c = new W3CTraceContextPropagator();

  constructor(
    private readonly trustCallers: boolean,
    private readonly trustCaller?: TrustCaller,
  ) {}

  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    this.w3c.inject(context, carrier, setter);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const header = (name: string) => {
      const value = getter.get(carrier, name);
      return Array.isArray(value) ? value[0] : value;
    };
    const trusted = this.trustCallers || (this.trustCaller?.(header) ?? false);
    return trusted ? this.w3c.extract(context, carrier, getter) : context;
  }

  fields(): string[] {
    return this.w3c.fields();
  }
}
