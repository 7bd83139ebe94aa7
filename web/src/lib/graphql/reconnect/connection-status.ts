/** Whether the API is answering, as the app's GraphQL traffic last saw it. */
export type ConnectionState = 'connected' | 'reconnecting';

export interface ConnectionStatus {
  get(): ConnectionState;
  set(state: ConnectionState): void;
  /** For `useSyncExternalStore`; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** A tiny store the reconnect exchange writes and the banner reads. */
export function createConnectionStatus(): ConnectionStatus {
  let state: ConnectionState = 'connected';
  const listeners = new Set<() => void>();
  const set = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
