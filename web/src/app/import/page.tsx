import type { Metadata } from 'next';
import { ImportPage } from '@/components/import-export/import-page';
import { SignedInPage } from '@/components/session/signed-in-page';

export const metadata: Metadata = { title: 'Import' };

export default function ImportRoute() {
  return (
    <SignedInPage loadingLabel="Loading…">
      <ImportPage />
    </SignedInPage>
  );
}
