import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Skeleton } from '@/components/feedback/skeleton';
import { SharedView } from '@/components/sharing/shared-view';
import { SharedListQuery, SharedPackQuery } from '@/components/sharing/sharing.documents';
import { getServerClient } from '@/lib/graphql/server-client';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';

export const metadata: Metadata = { title: 'Shared gear', robots: { index: false } };
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ kind?: string }>;
}

/** Fetched on the server (anonymous: the token is the only credential) and streamed in. */
async function Shared({ token, kind }: { token: string; kind: string | undefined }) {
  const client = getServerClient();
  if (kind !== 'list') {
    const pack = await client.query(SharedPackQuery, { token }).toPromise();
    if (pack.data?.sharedPack)
      return <SharedView kind="pack" weight={DEFAULT_WEIGHT_DISPLAY} {...pack.data.sharedPack} />;
  }
  if (kind !== 'pack') {
    const list = await client.query(SharedListQuery, { token }).toPromise();
    if (list.data?.sharedList)
      return <SharedView kind="list" weight={DEFAULT_WEIGHT_DISPLAY} {...list.data.sharedList} />;
  }
  notFound();
}

export default async function SharedPage({ params, searchParams }: Props) {
  const [{ token }, { kind }] = await Promise.all([params, searchParams]);
  return (
    <Suspense fallback={<Skeleton label="Loading the shared gear…" rows={6} />}>
      <Shared token={token} kind={kind} />
    </Suspense>
  );
}
