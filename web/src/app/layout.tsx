import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell';
import { THEME_BOOT_SCRIPT } from '@/components/theme/theme';
import { GraphqlProvider } from '@/lib/graphql/graphql-provider';
import '@/styles/globals.css';

export const metadata: Metadata = {
  title: { default: 'PackYourBag', template: '%s · PackYourBag' },
  description: 'Your backpacking gear, lists, packs and trips.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // data-theme is corrected before paint by the boot script, hence suppressHydrationWarning.
    <html lang="en" data-theme="system" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
      </head>
      <body>
        <GraphqlProvider>
          <AppShell>{children}</AppShell>
        </GraphqlProvider>
      </body>
    </html>
  );
}
