import type { Metadata } from 'next';
import { ListEditor } from '@/components/lists/list-editor';
import { Skeleton } from '@/components/feedback/skeleton';
import { RequireSession } from '@/components/session/require-session';

export const metadata: Metadata = { title: 'List' };

export default async function ListEditorRoute({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequireSession fallback={<Skeleton label="Loading…" />}>
      <ListEditor id={id} />
    </RequireSession>
  );
}
