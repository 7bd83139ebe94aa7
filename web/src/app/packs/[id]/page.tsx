import type { Metadata } from 'next';
import { PackBuilder } from '@/components/packs/pack-builder';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'Pack' };

export default async function PackBuilderRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <PackBuilder id={id} />
    </RequireSession>
  );
}
