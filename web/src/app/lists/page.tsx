import type { Metadata } from 'next';
import { ListsPage } from '@/components/lists/lists-page';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Lists' };

export default function ListsPageRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <ListsPage />
    </RequireSession>
  );
}
