import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Skeleton } from '@/components/feedback/skeleton';
import {
  SharedView,
  SharedViewGroupFragment,
  SharedViewTotalsFragment,
} from '@/components/sharing/shared-view';
import { SharedListQuery, SharedPackQuery } from '@/components/sharing/sharing.documents';
import { readFragment } from '@/gql';
import { getServerClient } from '@/lib/graphql/server-client';
import { headStart } from '@/lib/streaming/head-start';
import { DEFAULT_WEIGHT_DISPLAY } from '@/lib/weight/weight-display';

export const metadata: Metadata = { title: 'Shared gear', robots: { index: false } };
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ kind?: string }>;
}

/** The shared pack or list behind a token (anonymous: the token is the only credential). */
async function loadShared(token: string, kind: string | undefined) {
  const client = getServerClient();
  if (kind !== 'list') {
    const pack = await client.query(SharedPackQuery, { token }).toPromise();
    if (pack.data?.sharedPack) return { kind: 'pack' as const, shared: pack.data.sharedPack };
  }
  if (kind !== 'pack') {
    const list = await client.query(SharedListQuery, { token }).toPromise();
    if (list.data?.sharedList) return { kind: 'list' as const, shared: list.data.sharedList };
  }
  return undefined;
}

type LoadedShare = Awaited<ReturnType<typeof loadShared>>;

function SharedContent({ found }: { found: LoadedShare }) {
  if (!found) notFound();
  const { name, description, categoryGroups, summary } = found.shared;
  return (
    <SharedView
      kind={found.kind}
      name={name}
      description={description}
      categoryGroups={readFragment(SharedViewGroupFragment, categoryGroups)}
      summary={readFragment(SharedViewTotalsFragment, summary)}
      weight={DEFAULT_WEIGHT_DISPLAY}
    />
  );
}

async function StreamedShared({ loading }: { loading: Promise<LoadedShare> }) {
  return <SharedContent found={await loading} />;
}

/**
 * Rendered on the server: in the shell when the API answers within the head start (an unknown
 * token is then a real 404), else streamed in behind the skeleton.
 */
export default async function SharedPage({ params, searchParams }: Props) {
  const [{ token }, { kind }] = await Promise.all([params, searchParams]);
  const loading = loadShared(token, kind);
  const early = await headStart(loading);
  if (early.settled) return <SharedContent found={early.value} />;
  return (
    <Suspense fallback={<Skeleton label="Loading the shared gear…" rows={6} />}>
      <StreamedShared loading={loading} />
    </Suspense>
  );
}
