import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { AccountQuery } from '@/components/account/account.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Account and security' };

export default function AccountPageRoute() {
  return (
    <SignedInPage loadingLabel="Loading your account…" queries={[prefetchOf(AccountQuery, {})]}>
      <AccountPage />
    </SignedInPage>
  );
}
