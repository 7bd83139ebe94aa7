import type { Metadata } from 'next';
import { PreferencesForm } from '@/components/preferences/preferences-form';
import { PreferencesQuery } from '@/components/preferences/preferences.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Preferences' };

export default function PreferencesRoute() {
  return (
    <SignedInPage loadingLabel="Loading your preferences…" queries={[prefetchOf(PreferencesQuery, {})]}>
      <div className="narrow">
        <PreferencesForm />
      </div>
    </SignedInPage>
  );
}
