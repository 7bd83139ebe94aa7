import type { Metadata } from 'next';
import { GearPage } from '@/components/gear/gear-page';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Your gear' };

export default function GearRoute() {
  return (
    <RequireSession>
      <GearPage />
    </RequireSession>
  );
}
