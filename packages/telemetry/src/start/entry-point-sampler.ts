import { SpanKind, trace, type Attributes, type Context, type Link } from '@opentelemetry/api';
import { SamplingDecision, type Sampler, type SamplingResult } from '@opentelemetry/sdk-trace-base';

/**
 * A trace starts only where work enters the process: a request (SERVER) or a queued event
 * (CONSUMER). Background chores that run without one — the signing-key reload, the outbox relay's
 * and the consumers' polling, the JWKS refresh — would otherwise each send a one-span trace every
 * few seconds. Below an entry point, a local parent's decision stands; otherwise `sampler` decides.
 */
export class EntryPointSampler implements Sampler {
  constructor(private readonly sampler: Sampler) {}

  shouldSample(
    context: Context,
    traceId: string,
    spanName: string,
    spanKind: SpanKind,
    attributes: Attributes,
    links: Link[],
  ): SamplingResult {
    const parent = trace.getSpanContext(context);
    if (!parent && spanKind !== SpanKind.SERVER && spanKind !== SpanKind.CONSUMER) {
      return { decision: SamplingDecision.NOT_RECORD };
    }
    if (parent && !parent.isRemote && (parent.traceFlags & 1) === 0) {
      return { decision: SamplingDecision.NOT_RECORD };
    }
    return this.sampler.shouldSample(context, traceId, spanName, spanKind, attributes, links);
  }

  toString(): string {
    return `EntryPointSampler{${this.sampler.toString()}}`;
  }
}
