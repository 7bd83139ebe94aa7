'use client';

import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Provider, ssrExchange, type SSRData } from 'urql';
import { browserSession, browserSessionClient } from '@/lib/session/browser-session';
import { useSession } from '@/lib/session/use-session';
import { createGraphqlClient } from './client';
import {
  createConnectionStatus,
  type ConnectionState,
  type ConnectionStatus,
} from './reconnect/connection-status';

type SeedResults = (results: SSRData) => void;

const SeedResultsContext = createContext<SeedResults>(() => {});
const ConnectionStatusContext = createContext<ConnectionStatus>(createConnectionStatus());
const connectedOnTheServer = (): ConnectionState => 'connected';

/** Whether reads are waiting for the API to answer again (the "We're reconnecting…" banner). */
export function useConnectionState(): ConnectionState {
  const status = useContext(ConnectionStatusContext);
  return useSyncExternalStore(status.subscribe, status.get, connectedOnTheServer);
}

/** Hands results the server prefetched to the current client (`SeededQueries`). */
export function useSeedResults(): SeedResults {
  return useContext(SeedResultsContext);
}

/**
 * Gives the interactive subtree a client bound to the current user. Another user (or signing out)
 * gets a new client, so one user's cached results are never shown to the next; a refreshed token
 * keeps the client and its cache. On load, a tab without an access token asks the web server for
 * one (the refresh cookie). On the server, every request renders its own provider and client.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const userKey = session.status === 'signed-in' ? session.session.user.id : session.status;
  useEffect(() => {
    const state = browserSession?.getSnapshot();
    if (state && state.status !== 'signed-out' && browserSession?.accessToken() === undefined) {
      void browserSessionClient?.restore();
    }
  }, []);
  // One status for the tab, kept across users: it describes the API, not the session.
  const [connectionStatus] = useState(createConnectionStatus);
  const { client, seed } = useMemo(() => {
    const inBrowser = typeof window !== 'undefined';
    const ssr = ssrExchange({ isClient: inBrowser });
    return {
      client: createGraphqlClient({
        ssr,
        network: inBrowser,
        connectionStatus,
        getAccessToken: () => browserSession?.accessToken(),
        refreshAccessToken: () => browserSessionClient?.refresh() ?? Promise.resolve(),
        isAccessTokenExpired: () =>
          browserSession?.getSnapshot().status === 'signed-in' && browserSession.accessToken() === undefined,
      }),
      seed: (results: SSRData) => ssr.restoreData(results),
    };
    // Keyed by the user on purpose: the token itself is read per request.
  }, [userKey, connectionStatus]);
  return (
    <SeedResultsContext.Provider value={seed}>
      <ConnectionStatusContext.Provider value={connectionStatus}>
        <Provider value={client}>{children}</Provider>
      </ConnectionStatusContext.Provider>
    </SeedResultsContext.Provider>
  );
}
