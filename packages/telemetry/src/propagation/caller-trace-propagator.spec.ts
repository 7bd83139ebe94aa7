import { defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { CallerTracePropagator } from './caller-trace-propagator.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('CallerTracePropagator', () => {
  it('continues a trusted caller’s trace', () => {
    const context = new CallerTracePropagator(true).extract(
      ROOT_CONTEXT,
      { traceparent: TRACEPARENT },
      defaultTextMapGetter,
    );
    expect(trace.getSpanContext(context)).toMatchObject({
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      spanId: '00f067aa0ba902b7',
      isRemote: true,
    });
  });

  it('ignores an untrusted caller’s traceparent but still injects into what it calls', () => {
    const propagator = new CallerTracePropagator(false);
    const extracted = propagator.extract(ROOT_CONTEXT, { traceparent: TRACEPARENT }, defaultTextMapGetter);
    expect(trace.getSpanContext(extracted)).toBeUndefined();

    const own = trace.setSpanContext(ROOT_CONTEXT, {
      traceId: 'a'.repeat(32),
      spanId: 'b'.repeat(16),
      traceFlags: 1,
    });
    const carrier: Record<string, string> = {};
    propagator.inject(own, carrier, defaultTextMapSetter);
    expect(carrier['traceparent']).toBe(`00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`);
  });

  it('continues an untrusted service’s caller only when trustCaller vouches for its headers', () => {
    const vouched = new CallerTracePropagator(false, (header) => header('x-proof') === 'good');
    const extract = (carrier: Record<string, string>) =>
      trace.getSpanContext(vouched.extract(ROOT_CONTEXT, carrier, defaultTextMapGetter));
    expect(extract({ traceparent: TRACEPARENT, 'x-proof': 'good' })?.traceId).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
    expect(extract({ traceparent: TRACEPARENT, 'x-proof': 'forged' })).toBeUndefined();
    expect(extract({ traceparent: TRACEPARENT })).toBeUndefined();
  });
});
