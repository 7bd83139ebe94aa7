import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  type Sampler,
} from '@opentelemetry/sdk-trace-base';
import type { SamplerConfig } from '../config/telemetry-config.js';
import { EntryPointSampler } from './entry-point-sampler.js';

/** OTEL_TRACES_SAMPLER's sampler, behind the rule that traces start at entry points. */
export function samplerFromConfig({ name, ratio }: SamplerConfig): Sampler {
  const root = name.endsWith('always_off')
    ? new AlwaysOffSampler()
    : name.endsWith('traceidratio')
      ? new TraceIdRatioBasedSampler(ratio)
      : new AlwaysOnSampler();
  return new EntryPointSampler(name.startsWith('parentbased_') ? new ParentBasedSampler({ root }) : root);
}
