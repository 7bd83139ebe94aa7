export {
  LIFECYCLE_EVENT_TYPES,
  isLifecycleEventType,
  type AnyLifecycleEvent,
  type LifecycleEvent,
  type LifecycleEventType,
  type LifecyclePayloads,
} from './events/lifecycle-event.js';
export { traceParentOfActiveSpan } from './events/trace-context.js';
export type {
  EventTransport,
  ClaimedDelivery,
  ClaimOptions,
  DeadLetter,
} from './transport/event-transport.js';
export { createPostgresTransport, type PostgresTransportOptions } from './transport/postgres-transport.js';
export {
  installEventsSchema,
  EVENTS_SCHEMA_SQL,
  type InstallEventsSchemaOptions,
} from './transport/events-schema.js';
export type { Queryable, ConnectionPool } from './transport/queryable.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions } from './outbox/outbox-relay.js';
export { outboxNotifyTriggerSql } from './outbox/outbox-notify-trigger.js';
export {
  createNotificationListener,
  type NotificationListener,
  type NotificationListenerOptions,
  type WakeHandler,
} from './notify/notification-listener.js';
export { EVENTS_CHANNEL, OUTBOX_CHANNEL } from './notify/channels.js';
export {
  createLifecycleConsumer,
  type LifecycleConsumer,
  type LifecycleConsumerOptions,
  type LifecycleHandlers,
  type ConsumerLogger,
} from './consumer/lifecycle-consumer.js';
export { backoffDelay, type BackoffOptions } from './consumer/backoff.js';
export {
  createEventRetention,
  type EventRetention,
  type EventRetentionOptions,
} from './retention/event-retention.js';
export {
  readConsumerSettings,
  startConsumerService,
  type ConsumerServiceOptions,
  type ConsumerSettings,
  type RunningConsumerService,
  type SettingsReader,
} from './service/consumer-service.js';
