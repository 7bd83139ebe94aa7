'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { endSession } from '@/components/session/end-session';
import { useEndSessionOnUnauthenticated } from '@/components/session/use-end-session-on-unauthenticated';
import { applyPalette } from '@/components/palette/palette';
import { applyTheme } from '@/components/theme/theme';
import { useSession } from '@/lib/session/use-session';
import { ReconnectingBanner } from '@/components/status/reconnecting-banner';
import { StatusIndicator } from '@/components/status/status-indicator';
import { useConnectionState } from '@/lib/graphql/graphql-provider';
import { useServiceStatus } from '@/components/status/use-service-status';
import { SiteHeader } from './site-header';
import { ViewerQuery } from './viewer.documents';

/** Every page's frame: the header with the signed-in email, and the user's theme applied. */
export function AppShell({ children }: { children: ReactNode }) {
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const signedIn = session.status === 'signed-in';
  const service = useServiceStatus();
  const connection = useConnectionState();
  const [{ data, error }] = useQuery({ query: ViewerQuery, pause: !signedIn });
  useEndSessionOnUnauthenticated(error);

  const theme = signedIn ? data?.me?.preferences.theme : undefined;
  useEffect(() => {
    if (theme) applyTheme(theme);
  }, [theme]);
  // Signed out (or another user next): back to the default palette.
  const palette = signedIn ? (data?.me?.preferences.palette.name ?? 'DEFAULT') : 'DEFAULT';
  useEffect(() => applyPalette(palette), [palette]);

  const signOut = async () => {
    await endSession();
    router.push('/sign-in');
  };

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader
        sessionStatus={session.status}
        currentPath={pathname}
        // The session knows the email from sign-in; the query confirms it once the API answers.
        email={data?.me?.email || (signedIn ? session.session.user.email || 'Guest' : undefined)}
        onSignOut={() => void signOut()}
      />
      <main id="main" className="page">
        <ReconnectingBanner reconnecting={connection === 'reconnecting'} />
        {children}
      </main>
      <footer className="site-footer">
        <StatusIndicator status={service.status} reason={service.reason} />
      </footer>
    </>
  );
}
