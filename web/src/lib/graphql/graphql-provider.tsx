'use client';

import { useEffect, useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { browserSession, browserSessionClient } from '@/lib/session/browser-session';
import { useSession } from '@/lib/session/use-session';
import { createGraphqlClient } from './client';

/**
 * Gives the interactive subtree a client bound to the current user. Another user (or signing out)
 * gets a new client, so one user's cached results are never shown to the next; a refreshed token
 * keeps the client and its cache. On load it asks the web server to restore the session.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const userKey = session.status === 'signed-in' ? session.session.user.id : session.status;
  useEffect(() => {
    if (browserSession?.getSnapshot().status === 'unknown') void browserSessionClient?.restore();
  }, []);
  const client = useMemo(
    () =>
      createGraphqlClient({
        getAccessToken: () => browserSession?.accessToken(),
        refreshAccessToken: () => browserSessionClient?.refresh() ?? Promise.resolve(),
        isAccessTokenExpired: () =>
          browserSession?.getSnapshot().status === 'signed-in' && browserSession.accessToken() === undefined,
      }),
    // Keyed by the user on purpose: the token itself is read per request.
    [userKey],
  );
  return <Provider value={client}>{children}</Provider>;
}
