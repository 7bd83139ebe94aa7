'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { signInPathFor } from '@/lib/navigation/safe-next';
import { useSession } from '@/lib/session/use-session';

/**
 * Renders `children` only for a signed-in tab; sends a signed-out one to sign in, with `?next=`
 * so it comes back here. `fallback` (a skeleton) shows while the session is being restored.
 */
export function RequireSession({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const expired = session.status === 'signed-out' && session.reason === 'expired';
  useEffect(() => {
    if (session.status !== 'signed-out') return;
    const here = `${pathname}${window.location.search}`;
    router.replace(signInPathFor(here, expired, window.location.origin));
  }, [session.status, expired, pathname, router]);

  if (session.status !== 'signed-in') {
    return (
      fallback ?? (
        <p role="status" className="muted">
          Checking your session…
        </p>
      )
    );
  }
  return children;
}
