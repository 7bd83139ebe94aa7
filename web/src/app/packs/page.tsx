import type { Metadata } from 'next';
import { PacksPage } from '@/components/packs/packs-page';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Packs' };

export default function PacksPageRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <PacksPage />
    </RequireSession>
  );
}
