'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { browserSession } from '@/lib/session/browser-session';

/** What signUp and signIn both answer with (a structural subset of the generated payload types). */
interface AuthPayloadLike {
  accessToken: string;
  expiresAt: string;
  user: { email: string };
}

/** Keeps the payload as the tab's session and opens the gear page. */
export function useStartSession(): (payload: AuthPayloadLike) => void {
  const router = useRouter();
  return useCallback(
    (payload) => {
      browserSession?.signIn({
        accessToken: payload.accessToken,
        expiresAt: payload.expiresAt,
        email: payload.user.email,
      });
      router.push('/gear');
    },
    [router],
  );
}
