import type { Metadata } from 'next';
import { GearPage } from '@/components/gear/gear-page';
import { GearQuery } from '@/components/gear/gear.documents';
import { gearQueryVariables, INITIAL_GEAR_CONTROLS } from '@/components/gear/gear-query-variables';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Your gear' };

export default function GearRoute() {
  return (
    <SignedInPage
      loadingLabel="Loading your gear…"
      rows={8}
      queries={[prefetchOf(GearQuery, gearQueryVariables(INITIAL_GEAR_CONTROLS))]}
    >
      <GearPage />
    </SignedInPage>
  );
}
