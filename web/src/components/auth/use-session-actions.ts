'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';
import { toFormErrorsFromList, type FormErrorOptions, type FormErrors } from '@/lib/graphql/api-error';
import { safeNextPath } from '@/lib/navigation/safe-next';
import { browserSessionClient } from '@/lib/session/browser-session';
import type { SessionResult } from '@/lib/session/session-client';

/**
 * Runs a session action (sign in, sign up, start a guest session) through the web server and, when
 * it succeeds, goes to `?next=` (where an expired session left off) or the gear page.
 */
export function useSessionAction(options: FormErrorOptions = {}) {
  const router = useRouter();
  const search = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>();
  const { messages } = options;

  const run = useCallback(
    async (action: (client: NonNullable<typeof browserSessionClient>) => Promise<SessionResult>) => {
      if (!browserSessionClient) return;
      setBusy(true);
      setErrors(undefined);
      const result = await action(browserSessionClient);
      setBusy(false);
      // The one check of ?next= (decision 1012): a path on this origin, else the gear page.
      if (result.ok) router.push(safeNextPath(search.get('next'), window.location.origin));
      else setErrors(toFormErrorsFromList(result.errors, { messages }));
    },
    [router, search, messages],
  );
  return { run, busy, errors, expired: search.get('expired') === '1' };
}
