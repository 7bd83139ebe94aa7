import pg from 'pg';
import { backoffDelay, type BackoffOptions } from '../consumer/backoff.js';

/**
 * Called with a notification's payload, or with `undefined` once the channel is listened to on a
 * (re)established connection, or newly on an open one: notifications sent before that reached
 * nobody, so a loop does a catch-up round.
 */
export type WakeHandler = (payload: string | undefined) => void;

export interface NotificationListenerOptions {
  /** The database the notifications are sent in (the service's own, or EVENTS_DATABASE_URL). */
  connectionString: string;
  /**
   * Delay between attempts to (re)connect after the connection was lost or refused.
   * @default { initialMs: 500, factor: 2, maxMs: 30000 }
   */
  reconnect?: BackoffOptions;
  /** @default silent */
  logger?: { info(object: object, message: string): void; warn(object: object, message: string): void };
}

export interface NotificationListener {
  /** Calls `onWake` for every notification on `channel` from now on; returns the unsubscribe. */
  listen(channel: string, onWake: WakeHandler): () => void;
  /** True while the connection is up with every channel listened to. */
  isListening(): boolean;
  /** Ends the connection and stops reconnecting. Idempotent. */
  close(): Promise<void>;
}

const RECONNECT: BackoffOptions = { initialMs: 500, factor: 2, maxMs: 30_000 };

/**
 * One dedicated PostgreSQL connection per process that LISTENs for the channels its background
 * loops wait on (decision 1440). The notifications only wake: every loop still claims its work
 * under its own lock, so a notification lost or delivered to every instance changes nothing but
 * timing. On a lost connection it reconnects with backoff and wakes every handler once.
 */
export function createNotificationListener(options: NotificationListenerOptions): NotificationListener {
  const handlers = new Map<string, Set<WakeHandler>>();
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let connecting: Promise<void> | undefined;

  const quoted = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  const wakeAll = () => {
    for (const set of handlers.values()) for (const handler of set) handler(undefined);
  };

  function scheduleReconnect(): void {
    if (closed || retryTimer) return;
    failures += 1;
    const delay = backoffDelay(failures, options.reconnect ?? RECONNECT);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  }

  function lost(from: pg.Client, error?: Error): void {
    if (client !== from) return; // an earlier connection's late event
    client = undefined;
    listening = false;
    from.removeAllListeners('notification');
    from.end().catch(() => undefined);
    if (closed) return;
    options.logger?.warn({ err: error }, 'notification listener lost its connection, reconnecting');
    scheduleReconnect();
  }

  async function connect(): Promise<void> {
    if (closed || client) return;
    const next = new pg.Client({ connectionString: options.connectionString, keepAlive: true });
    // Both fire when the server ends the session (restart, pg_terminate_backend, network loss).
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload);
    });
    client = next;
    try {
      await next.connect();
      for (const channel of handlers.keys()) await next.query(`LISTEN ${quoted(channel)}`);
      if (closed || client !== next) return;
      listening = true;
      if (failures > 0) options.logger?.info({}, 'notification listener reconnected');
      failures = 0;
      wakeAll(); // catch up on whatever was written while nobody listened
    } catch (error) {
      lost(next, error as Error);
    }
  }

  const ensureConnected = () => {
    if (!client && !retryTimer && !closed) {
      connecting = connect().finally(() => {
        connecting = undefined;
      });
    }
  };

  return {
    listen(channel, onWake) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        // A channel added to an open connection; a (re)connection LISTENs to every channel itself.
        const open = client;
        if (open && listening) {
          const added = set;
          open.query(`LISTEN ${quoted(channel)}`).then(
            // What was committed before the LISTEN took effect notified nobody: a catch-up wake,
            // as after a (re)connection (a loop's first round may have read just before it).
            () => {
              if (client === open) for (const handler of added) handler(undefined);
            },
            (error: Error) => lost(open, error),
          );
        }
      }
      set.add(onWake);
      ensureConnected();
      return () => {
        set.delete(onWake);
      };
    },
    isListening: () => listening,
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      await connecting;
      const open = client;
      client = undefined;
      listening = false;
      await open?.end().catch(() => undefined);
    },
  };
}
