import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { BrowserErrorReports } from '@/components/error-reports/browser-error-reports';
import { AppShell } from '@/components/layout/app-shell';
import { PALETTE_BOOT_SCRIPT } from '@/components/palette/palette';
import { THEME_BOOT_SCRIPT } from '@/components/theme/theme';
import { readPageErrorReports } from '@/lib/error-reports/page-error-reports';
import { GraphqlProvider } from '@/lib/graphql/graphql-provider';
import { readPageSession } from '@/lib/session-server/page-session';
import { readScriptNonce } from '@/lib/security/script-nonce';
import { InitialSessionProvider } from '@/lib/session/initial-session';
import '@/styles/stylesheets';

export const metadata: Metadata = {
  title: { default: 'PackYourBag', template: '%s · PackYourBag' },
  description: 'Your backpacking gear, lists, packs and trips.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Who the page session names (decision 1009); only the user goes to the page, never the token.
  const pageSession = await readPageSession();
  // The policy allows only scripts with this response's nonce (decision 1012).
  const nonce = await readScriptNonce();
  // Browser error reports, when the server sends them (decision 1381).
  const errorReports = await readPageErrorReports();
  return (
    // data-theme and data-palette are set before paint by the boot scripts, hence suppressHydrationWarning.
    <html lang="en" data-theme="system" suppressHydrationWarning>
      <head>
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: `${THEME_BOOT_SCRIPT};${PALETTE_BOOT_SCRIPT}` }}
        />
      </head>
      <body>
        {errorReports ? <BrowserErrorReports {...errorReports} /> : null}
        <InitialSessionProvider user={pageSession?.user}>
          <GraphqlProvider>
            <AppShell>{children}</AppShell>
          </GraphqlProvider>
        </InitialSessionProvider>
      </body>
    </html>
  );
}
