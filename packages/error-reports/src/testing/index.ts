export {
  startSentryReceiver,
  type SentryReceiver,
  type ReceivedEnvelope,
  type EnvelopeItem,
} from './sentry-receiver.js';
