import { Counter, Gauge, type Registry } from 'prom-client';
import type { LifecycleEventType } from '../events/lifecycle-event.js';
import type { EventTransport } from '../transport/event-transport.js';
import { sharedWhilePending } from './shared-read.js';

export type Outcome = 'done' | 'retry' | 'dead';

export interface ConsumerMetrics {
  handled(type: LifecycleEventType, outcome: Outcome): void;
}

export interface ConsumerMetricsOptions {
  registry: Registry;
  service: string;
  transport: EventTransport;
}

/**
 * `pyb_lifecycle_events_handled_total{consumer,type,outcome}` counts outcomes in this process;
 * `pyb_lifecycle_events_dead_letters{consumer}`, `…_pending{consumer}` and
 * `…_oldest_pending_seconds{consumer}` (the queue's age) read the queue at scrape time, so they agree across instances and after a replay.
 */
export function createConsumerMetrics(options: ConsumerMetricsOptions): ConsumerMetrics {
  const { registry, service, transport } = options;
  const handled = new Counter({
    name: 'pyb_lifecycle_events_handled_total',
    help: 'Lifecycle events handled by this consumer, by outcome (done, retry, dead).',
    labelNames: ['consumer', 'type', 'outcome'] as const,
    registers: [registry],
  });
  // The three gauges below read the queue once per scrape.
  const mine = sharedWhilePending(
    async () =>
      (await transport.backlog()).find((row) => row.consumer === service) ?? {
        pending: 0,
        dead: 0,
        oldestPendingSeconds: 0,
      },
  );
  new Gauge({
    name: 'pyb_lifecycle_events_dead_letters',
    help: 'Lifecycle events this consumer gave up on (replay: npm run events:replay -- --service <name>).',
    labelNames: ['consumer'] as const,
    registers: [registry],
    async collect() {
      this.set({ consumer: service }, (await mine()).dead);
    },
  });
  new Gauge({
    name: 'pyb_lifecycle_events_pending',
    help: 'Lifecycle events waiting for this consumer (due, retrying, or in hand).',
    labelNames: ['consumer'] as const,
    registers: [registry],
    async collect() {
      this.set({ consumer: service }, (await mine()).pending);
    },
  });
  new Gauge({
    name: 'pyb_lifecycle_events_oldest_pending_seconds',
    help: 'How long the oldest event waiting for this consumer has waited since it occurred (0 when none waits).',
    labelNames: ['consumer'] as const,
    registers: [registry],
    async collect() {
      this.set({ consumer: service }, (await mine()).oldestPendingSeconds);
    },
  });
  return {
    handled(type, outcome) {
      handled.inc({ consumer: service, type, outcome });
    },
  };
}
