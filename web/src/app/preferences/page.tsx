import type { Metadata } from 'next';
import { PreferencesForm } from '@/components/preferences/preferences-form';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Preferences' };

export default function PreferencesRoute() {
  return (
    <RequireSession>
      <div className="narrow">
        <PreferencesForm />
      </div>
    </RequireSession>
  );
}
