import type { Metadata } from 'next';
import { Skeleton } from '@/components/feedback/skeleton';
import { ImportPage } from '@/components/import-export/import-page';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Import' };

export default function ImportRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <ImportPage />
    </RequireSession>
  );
}
