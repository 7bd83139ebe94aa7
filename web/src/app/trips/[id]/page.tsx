import type { Metadata } from 'next';
import { TripChecklist } from '@/components/trips/trip-checklist';
import { TripChecklistQuery } from '@/components/trips/trips.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Packing checklist' };

export default async function TripChecklistRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <SignedInPage loadingLabel="Loading the checklist…" queries={[prefetchOf(TripChecklistQuery, { id })]}>
      <TripChecklist id={id} />
    </SignedInPage>
  );
}
