import type { Metadata } from 'next';
import { PackBuilder } from '@/components/packs/pack-builder';
import { PackBuilderQuery } from '@/components/packs/packs.documents';
import { SignedInPage } from '@/components/session/signed-in-page';
import { prefetchOf } from '@/lib/graphql/prefetch';

export const metadata: Metadata = { title: 'Pack' };

export default async function PackBuilderRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <SignedInPage loadingLabel="Loading the pack…" queries={[prefetchOf(PackBuilderQuery, { id })]}>
      <PackBuilder id={id} />
    </SignedInPage>
  );
}
