import type { Metadata } from 'next';
import { ListEditor } from '@/components/lists/list-editor';
import { ListEditorQuery } from '@/components/lists/lists.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'List' };

export default async function ListEditorRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <SignedInPage loadingLabel="Loading the list…" queries={[prefetchOf(ListEditorQuery, { id })]}>
      <ListEditor id={id} />
    </SignedInPage>
  );
}
