'use client';

import { useMemo, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useSession } from '@/lib/session/use-session';
import { browserSession } from '@/lib/session/browser-session';
import { createGraphqlClient } from './client';

/**
 * Gives the interactive subtree a client bound to the current session. A new session gets a new
 * client, so one user's cached results are never shown to the next user of the tab.
 */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const sessionKey = session.status === 'signed-in' ? session.session.accessToken : session.status;
  const client = useMemo(
    () => createGraphqlClient({ getAccessToken: () => browserSession?.accessToken() }),
    // Keyed by the session on purpose: the token itself is read per request.
    [sessionKey],
  );
  return <Provider value={client}>{children}</Provider>;
}
