import type { Metadata } from 'next';
import { TripsPage } from '@/components/trips/trips-page';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Trips' };

export default function TripsPageRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <TripsPage />
    </RequireSession>
  );
}
