import type { Metadata } from 'next';
import { Skeleton } from '@/components/feedback/skeleton';
import { GearPage } from '@/components/gear/gear-page';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Your gear' };

export default function GearRoute() {
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <GearPage />
    </RequireSession>
  );
}
