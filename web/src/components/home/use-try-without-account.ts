'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { toFormErrorsFromList } from '@/lib/graphql/api-error';
import { browserSessionClient } from '@/lib/session/browser-session';
import { SampleGearReadyQuery } from './home.documents';

/** How long "Try it" waits for the sample gear before opening the gear page anyway. */
const SAMPLE_WAIT_MS = 10_000;
const SAMPLE_POLL_MS = 400;

/**
 * "Try it without an account": starts a guest session, waits until packing has seeded the guest's
 * sample gear (it arrives through the lifecycle event queue, usually within a second), then opens
 * the gear page, so the visitor lands in a library that has something in it.
 */
export function useTryWithoutAccount() {
  const router = useRouter();
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const start = useCallback(async () => {
    if (!browserSessionClient) return;
    setBusy(true);
    setError(undefined);
    const result = await browserSessionClient.startGuest();
    if (!result.ok) {
      setBusy(false);
      setError(toFormErrorsFromList(result.errors).form ?? 'Could not start. Try again.');
      return;
    }
    const deadline = Date.now() + SAMPLE_WAIT_MS;
    while (Date.now() < deadline) {
      const answer = await client
        .query(SampleGearReadyQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if ((answer.data?.me?.items.totalCount ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_POLL_MS));
    }
    router.push('/gear');
  }, [client, router]);

  return { start, busy, error };
}
