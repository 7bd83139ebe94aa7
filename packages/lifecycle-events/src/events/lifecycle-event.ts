/** What each lifecycle event type carries. Auth writes these payloads into its outbox. */
export interface LifecyclePayloads {
  /** A new account; `guest` accounts get sample gear from packing. */
  'user.created': { userId: string; guest: boolean };
  /** A guest account got credentials and became a full account. */
  'user.upgraded': { userId: string };
  /** The account is gone; every service removes what the user owned. */
  'user.deleted': { userId: string };
}

export type LifecycleEventType = keyof LifecyclePayloads;

export const LIFECYCLE_EVENT_TYPES: readonly LifecycleEventType[] = [
  'user.created',
  'user.upgraded',
  'user.deleted',
];

/** One event as it travels: the id is the outbox row's id and stays the same on every redelivery. */
export interface LifecycleEvent<Type extends LifecycleEventType = LifecycleEventType> {
  id: string;
  type: Type;
  payload: LifecyclePayloads[Type];
  /** When the change happened (the outbox row's created_at). */
  occurredAt: Date;
  /** W3C `traceparent` of the request that caused it, when that request was traced (decision 1350). */
  traceParent?: string;
}

/** Any event, discriminated on `type`. */
export type AnyLifecycleEvent = { [Type in LifecycleEventType]: LifecycleEvent<Type> }[LifecycleEventType];

export function isLifecycleEventType(type: string): type is LifecycleEventType {
  return (LIFECYCLE_EVENT_TYPES as readonly string[]).includes(type);
}
