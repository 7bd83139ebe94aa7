import type { Metadata } from 'next';
import { PacksPage } from '@/components/packs/packs-page';
import { PacksQuery } from '@/components/packs/packs.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Packs' };

export default function PacksPageRoute() {
  return (
    <SignedInPage loadingLabel="Loading your packs…" queries={[prefetchOf(PacksQuery, {})]}>
      <PacksPage />
    </SignedInPage>
  );
}
