import type { Metadata } from 'next';
import { TripChecklist } from '@/components/trips/trip-checklist';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Packing checklist' };

export default async function TripChecklistRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <TripChecklist id={id} />
    </RequireSession>
  );
}
