import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Account and security' };

export default function AccountRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <AccountPage />
    </RequireSession>
  );
}
