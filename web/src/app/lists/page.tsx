import type { Metadata } from 'next';
import { ListsPage } from '@/components/lists/lists-page';
import { ListsQuery } from '@/components/lists/lists.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Lists' };

export default function ListsPageRoute() {
  return (
    <SignedInPage loadingLabel="Loading your lists…" queries={[prefetchOf(ListsQuery, {})]}>
      <ListsPage />
    </SignedInPage>
  );
}
