import type { Metadata } from 'next';
import { TripsPage } from '@/components/trips/trips-page';
import { TripsQuery } from '@/components/trips/trips.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Trips' };

export default function TripsPageRoute() {
  return (
    <SignedInPage loadingLabel="Loading your trips…" queries={[prefetchOf(TripsQuery, {})]}>
      <TripsPage />
    </SignedInPage>
  );
}
