'use client';

import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { hasErrorCode } from '@/lib/graphql/api-error';
import { browserSessionClient } from '@/lib/session/browser-session';

/**
 * When the API still refuses the token after the client's own refresh-and-retry (revoked session),
 * one more refresh settles it: a refused refresh marks the session expired and the page sends the
 * user to sign in (RequireSession), with `?next=` pointing back here.
 */
export function useEndSessionOnUnauthenticated(error: CombinedError | undefined): void {
  const refused = hasErrorCode(error, 'UNAUTHENTICATED');
  useEffect(() => {
    if (refused) void browserSessionClient?.refresh();
  }, [refused]);
}
