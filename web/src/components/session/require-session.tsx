'use client';

import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useSession } from '@/lib/session/use-session';

/** Renders `children` only for a signed-in tab; sends a signed-out one to the sign-in page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  useEffect(() => {
    if (session.status === 'signed-out') router.replace('/sign-in');
  }, [session.status, router]);

  if (session.status !== 'signed-in') {
    return (
      <p role="status" className="muted">
        Checking your session…
      </p>
    );
  }
  return children;
}
