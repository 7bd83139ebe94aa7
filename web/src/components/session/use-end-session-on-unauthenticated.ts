'use client';

import { useEffect } from 'react';
import type { CombinedError } from 'urql';
import { hasErrorCode } from '@/lib/graphql/api-error';
import { endSession } from './end-session';

/** Ends the session when the API refuses its token (expired, revoked), so the user signs in again. */
export function useEndSessionOnUnauthenticated(error: CombinedError | undefined): void {
  const refused = hasErrorCode(error, 'UNAUTHENTICATED');
  useEffect(() => {
    if (refused) endSession();
  }, [refused]);
}
