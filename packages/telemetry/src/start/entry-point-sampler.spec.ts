import { ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { AlwaysOnSampler, SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { EntryPointSampler } from './entry-point-sampler.js';

const sampler = new EntryPointSampler(new AlwaysOnSampler());
const decide = (context: typeof ROOT_CONTEXT, kind: SpanKind) =>
  sampler.shouldSample(context, 'a'.repeat(32), 'span', kind, {}, []).decision;
const under = (traceFlags: number, isRemote: boolean) =>
  trace.setSpanContext(ROOT_CONTEXT, {
    traceId: 'a'.repeat(32),
    spanId: 'b'.repeat(16),
    traceFlags,
    isRemote,
  });

describe('EntryPointSampler', () => {
  it('starts traces only at requests and consumed events', () => {
    expect(decide(ROOT_CONTEXT, SpanKind.SERVER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(ROOT_CONTEXT, SpanKind.CONSUMER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(ROOT_CONTEXT, SpanKind.CLIENT)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide(ROOT_CONTEXT, SpanKind.INTERNAL)).toBe(SamplingDecision.NOT_RECORD);
  });

  it('follows a local parent’s decision and asks its sampler below a remote one', () => {
    expect(decide(under(1, false), SpanKind.CLIENT)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide(under(0, false), SpanKind.CLIENT)).toBe(SamplingDecision.NOT_RECORD);
    expect(decide(under(0, true), SpanKind.SERVER)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });
});
